import { ApiProperty } from '@nestjs/swagger';
import { opportunityStages } from '#crm/domain';
import { dealStatuses } from '#crm/projections';
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

  @ApiProperty({ description: 'Minor units' })
  amount: number;

  @ApiProperty({ description: 'Σ amount × probability, minor units' })
  weighted: number;
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

class ForecastRowDto {
  @ApiProperty({ type: String, nullable: true, example: '2026-03', description: 'Month of expected close; null: no date' })
  month: string | null;

  @ApiProperty({ format: 'uuid' })
  ownerId: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty()
  count: number;

  @ApiProperty({ description: 'Minor units' })
  amount: number;

  @ApiProperty({ description: 'Expected volume of business: Σ amount × probability, minor units' })
  weighted: number;
}

class WonRowDto {
  @ApiProperty({ example: '2026-01', description: 'Month the deals were won (UTC)' })
  month: string;

  @ApiProperty({ format: 'uuid' })
  ownerId: string;

  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty()
  count: number;

  @ApiProperty({ description: 'Minor units won' })
  amount: number;
}

export class PipelineForecastDto {
  @ApiProperty({ type: [ForecastRowDto], description: 'Open deals' })
  open: ForecastRowDto[];

  @ApiProperty({ type: [WonRowDto], description: 'Won so far' })
  won: WonRowDto[];
}
