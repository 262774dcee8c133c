import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ExternalIdDto } from '../customers/dto/external-id.dto.js';
import { externalIds, moneyIn, moneyTotals, type ReportMoneyDto } from './analytics-reports.dto.js';

/** The display name of a group's key, beside the key. */
class NamedGroupDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The key's display name: a staff member's (owner, manager), a segment's, an organization's (null for analysts, as customers' names are); null for other keys",
    example: 'Darcel Schlecht',
  })
  name: string | null;

  @ApiPropertyOptional({ ...externalIds, description: `By organization: ${String(externalIds.description)}` })
  externalIds?: ExternalIdDto[];
}

export class RevenueGroupDto extends NamedGroupDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Month (YYYY-MM), ISO weekday (1–7), hour (0–23), staff, organization or segment id, SKU, lifecycle stage or the attribute value; null: without one',
    example: 'EIRE',
  })
  key: string | null;

  @ApiProperty({ example: 'GBP' })
  currency: string;

  @ApiProperty({ description: 'Customers with a purchase in the group', example: 3 })
  customers: number;

  @ApiProperty({ example: 12 })
  purchases: number;

  @ApiProperty(moneyIn('Purchases before anything was taken back'))
  grossSales: ReportMoneyDto;

  @ApiProperty(moneyIn('Cancellations and returns, positive'))
  returns: ReportMoneyDto;

  @ApiProperty(moneyIn('grossSales − returns'))
  revenue: ReportMoneyDto;
}

export class RevenueReportDto {
  @ApiProperty({ example: 'attribute:country' })
  by: string;

  @ApiProperty({ example: 'Europe/London' })
  timeZone: string;

  @ApiProperty({ type: [RevenueGroupDto] })
  groups: RevenueGroupDto[];
}

export class DealGroupDto extends NamedGroupDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Staff id, region, product, organization id or the attribute value; null: deals without one',
    example: 'technology',
  })
  key: string | null;

  @ApiProperty({ description: '1 = most deals won, then best win rate', example: 1 })
  rank: number;

  @ApiProperty({ description: 'Deals opened in the period', example: 9 })
  opportunitiesOpened: number;

  @ApiProperty({ description: 'Deals won in the period', example: 5 })
  won: number;

  @ApiProperty({ description: 'Deals lost in the period', example: 2 })
  lost: number;

  @ApiProperty({ type: Number, nullable: true, description: 'won / (won + lost) among deals closed in the period; null when none closed', example: 0.71 })
  winRate: number | null;

  @ApiProperty(moneyTotals('Won deals'))
  wonAmount: ReportMoneyDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Over deals won in the period, from opening to winning', example: 12.5 })
  averageDaysToClose: number | null;
}

export class DealsReportDto {
  @ApiProperty({ example: 'attribute:sector' })
  by: string;

  @ApiProperty({ type: [DealGroupDto] })
  groups: DealGroupDto[];
}
