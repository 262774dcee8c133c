import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ExternalIdDto } from '../customers/dto/external-id.dto.js';

// Documentation of the answers (OpenAPI); the values come from AnalyticsService.

/** An amount that states its unit, as ReportMoney holds it. */
export class ReportMoneyDto {
  @ApiProperty({ description: 'ISO 4217 code', example: 'GBP' })
  currency: string;

  @ApiProperty({ type: 'integer', description: "The amount in the currency's minor units (pence, cents)", example: 279695 })
  minor: number;

  @ApiProperty({ description: 'The same amount in the major unit, as exact decimal text', example: '2796.95' })
  amount: string;
}

/** Sums, one per currency in code order (amounts in different currencies are never added). */
export const moneyTotals = (description: string): ApiPropertyOptions => ({ type: [ReportMoneyDto], description: `${description}: one sum per currency` });

/** One amount in the row's currency. */
export const moneyIn = (description: string, nullable = false): ApiPropertyOptions => ({
  type: ReportMoneyDto,
  description: `${description}, in the row's currency`,
  ...(nullable && { nullable }),
});

const staffName: ApiPropertyOptions = {
  type: String,
  nullable: true,
  description: 'As GET /staff names them; null when the staff projection does not know them (or their data was erased)',
  example: 'Darcel Schlecht',
};

/** How report rows name a customer. */
export const customerName: ApiPropertyOptions = {
  type: String,
  nullable: true,
  description: "The directory's name (a marker once erased); null for analysts, who read no personal data (a reading by another role goes to the access log)",
  example: 'Online Retail customer 14646',
};

export const externalIds: ApiPropertyOptions = {
  type: [ExternalIdDto],
  description: "The customer's ids in the systems it came from, as kept by the import (GET /customers?externalId= finds it)",
};

class SalesFiguresDto {
  @ApiProperty({ description: '1 = most deals won, then best win rate', example: 1 })
  rank: number;

  @ApiProperty({ example: 42 })
  touches: number;

  @ApiProperty({ description: 'Time on calls with the customers in the period, in seconds', example: 5400 })
  callSeconds: number;

  @ApiProperty({ example: 9 })
  opportunitiesOpened: number;

  @ApiProperty({ example: 5 })
  won: number;

  @ApiProperty({ example: 2 })
  lost: number;

  @ApiProperty({ type: Number, nullable: true, description: 'won / (won + lost) among deals closed in the period; null when none closed', example: 0.71 })
  winRate: number | null;

  @ApiProperty(moneyTotals('Won deals'))
  wonAmount: ReportMoneyDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Over deals won in the period, from opening to winning', example: 12.5 })
  averageDaysToClose: number | null;
}

class SalespersonFiguresDto extends SalesFiguresDto {
  @ApiProperty({ description: 'The owner of the deals and customers', example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  staffId: string;

  @ApiProperty(staffName)
  staffName: string | null;
}

class ManagerFiguresDto extends SalesFiguresDto {
  @ApiProperty({ description: "The owners' manager; owners without one are in no line" })
  managerId: string;

  @ApiProperty(staffName)
  managerName: string | null;
}

class RegionFiguresDto extends SalesFiguresDto {
  @ApiProperty({ description: "The owners' region; owners without one are in no line", example: 'EMEA' })
  region: string;
}

export class SalespeopleReportDto {
  @ApiProperty({ type: [SalespersonFiguresDto] })
  salespeople: SalespersonFiguresDto[];

  @ApiProperty({ type: [ManagerFiguresDto] })
  managers: ManagerFiguresDto[];

  @ApiProperty({ type: [RegionFiguresDto] })
  regions: RegionFiguresDto[];
}

class RfmScoresDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Days from the last purchase to asOf', example: 12 })
  recencyDays: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5, description: 'Quintile: 5 = most recent', example: 5 })
  recency: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5, example: 4 })
  frequency: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5, example: 3 })
  monetary: number | null;
}

class CustomerValueDto {
  @ApiProperty({ example: 1 })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty(customerName)
  name: string | null;

  @ApiProperty(externalIds)
  externalIds: ExternalIdDto[];

  @ApiProperty({ description: 'One line per customer and currency', example: 'EUR' })
  currency: string;

  @ApiProperty(moneyIn('Net of cancellations and returns'))
  revenue: ReportMoneyDto;

  @ApiProperty(moneyIn('Revenue − cost; null unless every purchase in the period carries its cost', true))
  margin: ReportMoneyDto | null;

  @ApiProperty({ example: 4 })
  purchases: number;

  @ApiProperty({ example: 0 })
  cancellations: number;

  @ApiProperty({ description: 'Returns and credits (ReturnRecorded) in the period', example: 1 })
  returns: number;

  @ApiProperty({ example: 1 })
  complaints: number;

  @ApiProperty({ description: 'Deals of the customer won in the period, in the row currency', example: 2 })
  wonDeals: number;

  @ApiProperty(moneyIn('Their won value'))
  wonAmount: ReportMoneyDto;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Null for a customer listed by its won deals alone' })
  lastPurchaseAt: string | null;

  @ApiProperty({ type: RfmScoresDto, description: 'Every figure null for a customer without purchases in the period (listed by its won deals)' })
  rfm: RfmScoresDto;
}

const countsPerCurrency = (description: string) =>
  ({ type: 'object', additionalProperties: { type: 'integer' }, description: `${description}, per currency`, example: { GBP: 4338 } }) as const;

export class CustomerValuesReportDto {
  @ApiProperty(countsPerCurrency('Customers with a purchase in the period'))
  buyers: Record<string, number>;

  @ApiProperty(countsPerCurrency('Customers with a cancellation or return in the period (whether or not they bought)'))
  returners: Record<string, number>;

  @ApiProperty({ type: [CustomerValueDto] })
  customers: CustomerValueDto[];
}

class TimingFiguresDto {
  @ApiProperty({ example: 3 })
  purchases: number;

  @ApiProperty(moneyTotals('Purchases before anything was taken back'))
  grossSales: ReportMoneyDto[];

  @ApiProperty(moneyTotals('Cancellations and returns, positive'))
  returns: ReportMoneyDto[];

  @ApiProperty(moneyTotals('grossSales − returns'))
  revenue: ReportMoneyDto[];

  @ApiProperty({ example: 1 })
  wonDeals: number;

  @ApiProperty(moneyTotals('Won deals'))
  wonAmount: ReportMoneyDto[];
}

class WeekdayHourFiguresDto extends TimingFiguresDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday', example: 2 })
  weekday: number;

  @ApiProperty({ minimum: 0, maximum: 23, example: 10 })
  hour: number;
}

class WeekdayFiguresDto extends TimingFiguresDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday', example: 2 })
  weekday: number;
}

class HourFiguresDto extends TimingFiguresDto {
  @ApiProperty({ minimum: 0, maximum: 23, example: 10 })
  hour: number;
}

class MonthFiguresDto extends TimingFiguresDto {
  @ApiProperty({ example: '2026-03' })
  month: string;
}

export class TimingReportDto {
  @ApiProperty({ example: 'Europe/Madrid' })
  timeZone: string;

  @ApiProperty({ type: [WeekdayHourFiguresDto], description: 'Only buckets with sales or wins, in order' })
  byWeekdayHour: WeekdayHourFiguresDto[];

  @ApiProperty({ type: [WeekdayFiguresDto], description: 'Totals per weekday' })
  byWeekday: WeekdayFiguresDto[];

  @ApiProperty({ type: [HourFiguresDto], description: 'Totals per hour' })
  byHour: HourFiguresDto[];

  @ApiProperty({ type: [MonthFiguresDto] })
  byMonth: MonthFiguresDto[];
}

class PromotionResponsesDto {
  @ApiProperty({ example: 40 })
  opened: number;

  @ApiProperty({ example: 12 })
  clicked: number;

  @ApiProperty({ example: 3 })
  accepted: number;

  @ApiProperty({ example: 1 })
  declined: number;
}

class CampaignFiguresDto {
  @ApiProperty({ example: 'spring-sale' })
  campaignId: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name it was sent under (POST /campaigns); null for a campaign id from elsewhere (an import)',
    example: 'Spring sale',
  })
  campaignName: string | null;

  @ApiProperty({ example: 120 })
  sent: number;

  @ApiProperty({ example: 118 })
  customersReached: number;

  @ApiProperty({ example: 44 })
  answered: number;

  @ApiProperty({ type: PromotionResponsesDto })
  responses: PromotionResponsesDto;

  @ApiProperty({ description: 'Purchases within windowDays of a promotion', example: 6 })
  attributedPurchases: number;

  @ApiProperty(moneyTotals('Attributed purchases, net of the cancellations and returns linked to their orders'))
  attributedRevenue: ReportMoneyDto[];
}

export class CampaignsReportDto {
  @ApiProperty({ example: 14 })
  windowDays: number;

  @ApiProperty({ type: [CampaignFiguresDto], description: 'Most attributed purchases first' })
  campaigns: CampaignFiguresDto[];
}
