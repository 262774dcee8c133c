import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ReportMoneyDto } from '../analytics/analytics-reports.dto.js';

// Documentation of the answers (OpenAPI); the values come from projections/forecast.

class BgNbdParametersDto {
  @ApiProperty({ example: 0.243 }) r: number;
  @ApiProperty({ example: 4.414, description: 'Weeks' }) alpha: number;
  @ApiProperty({ example: 0.793 }) a: number;
  @ApiProperty({ example: 2.426 }) b: number;
}

class GammaGammaParametersDto {
  @ApiProperty({ example: 6.25 }) p: number;
  @ApiProperty({ example: 3.74 }) q: number;
  @ApiProperty({ example: 15.44, description: 'In minor units of the fit’s currency' }) gamma: number;
}

class BgNbdFitDto {
  @ApiProperty({ type: BgNbdParametersDto }) parameters: BgNbdParametersDto;
  @ApiProperty({ example: -9582.4 }) logLikelihood: number;
  @ApiProperty({ description: 'Customers with a purchase by the calibration end' }) customers: number;
  @ApiProperty() iterations: number;
}

class GammaGammaFitDto {
  @ApiProperty({ type: GammaGammaParametersDto }) parameters: GammaGammaParametersDto;
  @ApiProperty() logLikelihood: number;
  @ApiProperty({ description: 'Returning customers with a positive mean spend' }) customers: number;
  @ApiProperty() iterations: number;
}

export class ForecastFitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) fittedAt: string;
  @ApiProperty({ format: 'date', description: 'The first purchase day counted (UTC)' }) calibrationStart: string;
  @ApiProperty({ format: 'date', description: 'The last day counted (UTC)' }) calibrationEnd: string;
  @ApiProperty({ example: 'USD', description: 'The currency whose purchases were fitted (the one most purchases are in)' }) currency: string;
  @ApiProperty() customers: number;
  @ApiProperty({ description: 'How long the fit took' }) durationMs: number;
  @ApiProperty({ type: BgNbdFitDto }) bgNbd: BgNbdFitDto;
  @ApiProperty({ type: GammaGammaFitDto, nullable: true, description: 'Null until some customer has come back' }) gammaGamma: GammaGammaFitDto | null;
}

export class ForecastFitListDto {
  @ApiProperty({ type: [ForecastFitDto], description: 'Newest first; the first is in force' }) items: ForecastFitDto[];
}

class PurchaseHistoryDto {
  @ApiProperty({ description: 'Repeat purchase days' }) x: number;
  @ApiProperty({ description: 'Weeks from the first purchase day to the last' }) tx: number;
  @ApiProperty({ description: 'Weeks from the first purchase day to today' }) T: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean spend of a repeat day, minor units' }) meanRepeatSpend: number | null;
}

export class CustomerForecastDto {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ type: PurchaseHistoryDto, nullable: true, description: 'Null without a purchase in the fit’s currency: no forecast then' })
  history: PurchaseHistoryDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'P(alive): the chance the customer still buys' }) probabilityAlive: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Purchase days expected over the next `days`' }) expectedPurchases: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Expected spend of one future purchase day, minor units' }) expectedSpend: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Discounted lifetime value over the next `horizonDays`, minor units' }) clv: number | null;
}

export class CustomerForecastAnswerDto {
  @ApiProperty({ type: ForecastFitDto, nullable: true, description: 'The fit in force; null before any fit (the forecast is then all null)' })
  fit: ForecastFitDto | null;
  @ApiProperty({ type: CustomerForecastDto }) forecast: CustomerForecastDto;
}

class ForecastItemDto extends OmitType(CustomerForecastDto, ['expectedSpend', 'clv']) {
  @ApiProperty({ type: ReportMoneyDto, nullable: true, description: 'Expected spend of one future purchase day, to the minor unit' }) expectedSpend: ReportMoneyDto | null;
  @ApiProperty({ type: ReportMoneyDto, nullable: true, description: 'Discounted lifetime value over the next `horizonDays`, to the minor unit' }) clv: ReportMoneyDto | null;
  @ApiProperty({ type: ReportMoneyDto, description: 'Spent so far in the fit’s currency' }) spent: ReportMoneyDto;
}

class AliveBucketDto {
  @ApiProperty({ example: 0.9 }) from: number;
  @ApiProperty({ example: 1 }) to: number;
  @ApiProperty() customers: number;
}

export class ForecastOverviewDto {
  @ApiProperty({ type: ForecastFitDto }) fit: ForecastFitDto;
  @ApiProperty({ description: 'Customers with a purchase in the fit’s currency' }) customers: number;
  @ApiProperty({ description: 'Purchase days expected of all of them over the next `days`' }) expectedPurchases: number;
  @ApiProperty({ type: ReportMoneyDto, nullable: true, description: 'Their summed CLV, to the minor unit' }) clv: ReportMoneyDto | null;
  @ApiProperty({ type: [AliveBucketDto], description: 'Customers by P(alive), in tenths' }) distribution: AliveBucketDto[];
  @ApiProperty({ type: [ForecastItemDto], description: 'Highest CLV first' }) topClv: ForecastItemDto[];
  @ApiProperty({ type: [ForecastItemDto], description: 'Returning customers whose P(alive) is below atRiskBelow, biggest past spenders first' })
  atRisk: ForecastItemDto[];
}

export class ForecastFitStartedDto {
  @ApiProperty({ example: 'forecast-fit.2026-12-04T17:00:00.000Z', description: 'The job fitting the models; its fit appears at GET /forecast/fits' })
  jobId: string;
}
