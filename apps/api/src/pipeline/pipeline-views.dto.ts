import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { opportunityStages } from '#crm/domain';
import { dealStatuses, forecastDimensions } from '#crm/projections';
import { ReportMoneyDto } from '../analytics/analytics-reports.dto.js';
import { MoneyDto } from '../opportunities/dto/money.dto.js';

export class DealDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ format: 'uuid', description: 'The salesperson responsible' })
  ownerId: string;

  @ApiProperty()
  interest: string;

  @ApiProperty({ type: String, nullable: true })
  product: string | null;

  @ApiProperty({ enum: opportunityStages })
  stage: string;

  @ApiProperty({ enum: dealStatuses })
  status: string;

  @ApiProperty({ type: MoneyDto })
  expectedAmount: MoneyDto;

  @ApiProperty({ description: "Whole percent: the deal's own, else its stage's; 100 won, 0 lost", minimum: 0, maximum: 100 })
  probability: number;

  @ApiProperty({ description: 'Whether the probability is the deal’s own rather than its stage’s' })
  ownProbability: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  expectedCloseDate: string | null;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ format: 'date-time', description: 'When the deal entered its current stage' })
  stageSince: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: MoneyDto, nullable: true })
  won: MoneyDto | null;

  @ApiProperty({ type: String, nullable: true })
  lostReason: string | null;
}

export class DealPageDto {
  @ApiProperty({ type: [DealDto] })
  items: DealDto[];

  @ApiProperty({ type: String, nullable: true, description: 'null on the last page' })
  nextCursor: string | null;
}

class StageChangeDto {
  @ApiProperty({ type: String, enum: opportunityStages, nullable: true, description: 'null: the stage it was opened in' })
  from: string | null;

  @ApiProperty({ enum: opportunityStages })
  to: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
}

export class DealDetailDto extends DealDto {
  @ApiProperty({ type: [StageChangeDto] })
  stageHistory: StageChangeDto[];
}

class StageTotalDto {
  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ type: ReportMoneyDto })
  amount: ReportMoneyDto;

  @ApiProperty({ type: ReportMoneyDto, description: 'Σ amount × probability' })
  weighted: ReportMoneyDto;
}

class BoardColumnDto {
  @ApiProperty({ enum: opportunityStages })
  stage: string;

  @ApiProperty({ description: "The stage's probability, whole percent" })
  probability: number;

  @ApiProperty({ description: 'false: a stage left out of the definition that still holds deals' })
  defined: boolean;

  @ApiProperty({ description: 'Open deals in the stage' })
  count: number;

  @ApiProperty({ type: [StageTotalDto], description: 'Per currency' })
  totals: StageTotalDto[];

  @ApiProperty({ type: [DealDto], description: 'Up to 100 open deals, latest moved first' })
  deals: DealDto[];
}

export class PipelineBoardDto {
  @ApiProperty({ type: [BoardColumnDto] })
  stages: BoardColumnDto[];
}

class ForecastKeysDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-03',
    description: 'With by=month: month of expected close (won: of winning, UTC); null: no date',
  })
  month?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'With by=owner' })
  ownerId?: string;

  @ApiPropertyOptional({ example: 'proposal', description: 'With by=stage ("won" for what was won)' })
  stage?: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty()
  count: number;
}

class ForecastRowDto extends ForecastKeysDto {
  @ApiProperty({ type: ReportMoneyDto })
  amount: ReportMoneyDto;

  @ApiProperty({ type: ReportMoneyDto, description: 'Expected volume of business: Σ amount × probability' })
  weighted: ReportMoneyDto;
}

class WonRowDto extends ForecastKeysDto {
  @ApiProperty({ type: ReportMoneyDto, description: 'Won' })
  amount: ReportMoneyDto;
}

export class PipelineForecastDto {
  @ApiProperty({ enum: forecastDimensions, isArray: true, description: 'The grouping of the rows' })
  by: string[];

  @ApiProperty({ type: [ForecastRowDto], description: 'Open deals' })
  open: ForecastRowDto[];

  @ApiProperty({ type: [WonRowDto], description: 'Won so far' })
  won: WonRowDto[];
}

class StageConversionDto {
  @ApiProperty({ example: 'proposal' })
  stage: string;

  @ApiProperty({ description: 'The stage’s probability in whole percent; stages are ordered by it' })
  probability: number;

  @ApiProperty({ description: 'false: a stage left out of the definition that deals were in' })
  defined: boolean;

  @ApiProperty({ description: 'Deals that were ever in the stage' })
  entered: number;

  @ApiProperty({ description: 'Of those, deals that went on to a later stage or were won' })
  advanced: number;

  @ApiProperty({ description: 'Of those, deals won' })
  won: number;

  @ApiProperty({ description: 'Of those, deals lost' })
  lost: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.42, description: 'advanced / entered' })
  conversionRate: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.6, description: 'won / (won + lost)' })
  winRate: number | null;

  @ApiProperty({ description: 'Stays in the stage that ended (moved on, won or lost)' })
  completedStays: number;

  @ApiProperty({ type: Number, nullable: true, example: 12.5, description: 'Mean length of the completed stays, in days' })
  averageDaysInStage: number | null;
}

export class PipelineConversionDto {
  @ApiProperty({ type: [StageConversionDto], description: 'In stage order (by probability)' })
  stages: StageConversionDto[];
}
