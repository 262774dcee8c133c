import { ApiProperty } from '@nestjs/swagger';
import { messageChannels } from '#crm/transport';
import { ReportMoneyDto } from '../analytics/analytics-reports.dto.js';
import { ComparisonDto, GroupSizesDto } from '../automations/uplift.dto.js';

// Documentation of the answer (OpenAPI); the values come from CampaignsService.

export class CampaignViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Spring sale' })
  name: string;

  @ApiProperty({ format: 'uuid' })
  segmentId: string;

  @ApiProperty({ enum: messageChannels })
  channel: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Members targeted; null until the segment has been read', example: 120 })
  targeted: number | null;

  @ApiProperty({ description: 'Messages not yet sent', example: 20 })
  pending: number;

  @ApiProperty({ example: 95 })
  sent: number;

  @ApiProperty({ description: 'Members without consent on the channel', example: 4 })
  skipped: number;

  @ApiProperty({ example: 1 })
  failed: number;

  @ApiProperty({ description: 'Share of the targeted customers held back as the control group', example: 0.1 })
  controlShare: number;

  @ApiProperty({ description: 'Targeted customers held back (the control group): recorded, not sent to', example: 12 })
  heldBack: number;
}

class MoneyIntervalDto {
  @ApiProperty({ type: ReportMoneyDto }) low: ReportMoneyDto;
  @ApiProperty({ type: ReportMoneyDto }) high: ReportMoneyDto;
}

/** Net revenue per customer in one currency, to its minor unit. */
export class RevenueComparisonDto {
  @ApiProperty({ example: 'GBP' }) currency: string;
  @ApiProperty({ type: ReportMoneyDto, description: 'Treated group’s mean' }) treated: ReportMoneyDto;
  @ApiProperty({ type: ReportMoneyDto, description: 'Control group’s mean' }) control: ReportMoneyDto;
  @ApiProperty({ type: ReportMoneyDto, nullable: true, description: 'Treated minus control' }) uplift: ReportMoneyDto | null;
  @ApiProperty({ type: MoneyIntervalDto, nullable: true, description: '95 % confidence interval of the uplift' }) ci95: MoneyIntervalDto | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Welch–Satterthwaite degrees of freedom' }) degreesOfFreedom: number | null;
}

export class CampaignResultsDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() windowDays: number;
  @ApiProperty({ format: 'date-time', description: 'The campaign’s start, where every customer’s window opens' }) from: string;
  @ApiProperty({ format: 'date-time', description: 'Where the windows close' }) to: string;
  @ApiProperty({ description: 'Whether the window has closed; before, what followed so far' }) complete: boolean;
  @ApiProperty({ type: GroupSizesDto, description: 'Targeted customers per group (treated: every one not held back, reached or not)' })
  customers: GroupSizesDto;
  @ApiProperty({ type: ComparisonDto, description: 'Share that bought or answered a promotion in the window' }) response: ComparisonDto;
  @ApiProperty({ type: ComparisonDto, description: 'Share that bought in the window' }) purchases: ComparisonDto;
  @ApiProperty({
    type: [RevenueComparisonDto],
    description: 'Net revenue per customer, one entry per currency bought in within the window (Welch’s t interval); a customer without purchases in it counts as 0',
  })
  revenue: RevenueComparisonDto[];
  @ApiProperty() method: string;
}

export class CampaignPageDto {
  @ApiProperty({ type: [CampaignViewDto], description: 'Newest first' })
  items: CampaignViewDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
