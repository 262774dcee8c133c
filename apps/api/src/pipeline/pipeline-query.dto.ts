import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { opportunityStages } from '#crm/domain';
import { dealStatuses, forecastDimensions } from '#crm/projections';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { ReportFormatQueryDto } from '../analytics/analytics-query.dto.js';
import { IsPageLimit } from '../directory/page-limit.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters the board and the forecast share with the deal list. */
export class PipelineOwnerQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this salesperson's deals" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  owner?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only the deals of this manager's team: theirs and those of everyone who reports to them, down the chain" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  team?: string;
}

/** The board and the conversion report: filtered by owner, as JSON, CSV or NDJSON. */
export class PipelineReportQueryDto extends IntersectionType(PipelineOwnerQueryDto, ReportFormatQueryDto) {}

export class DealListQueryDto extends PipelineOwnerQueryDto {
  @ApiPropertyOptional({ enum: opportunityStages })
  @IsOptional()
  @IsIn(opportunityStages, { message: `must be one of: ${opportunityStages.join(', ')}` })
  stage?: string;

  @ApiPropertyOptional({ enum: dealStatuses })
  @IsOptional()
  @IsIn(dealStatuses, { message: `must be one of: ${dealStatuses.join(', ')}` })
  status?: (typeof dealStatuses)[number];

  @ApiPropertyOptional({ format: 'uuid', description: "Only this customer's deals" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  customer?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Expected to close on or after this day' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date, YYYY-MM-DD' })
  closeFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Expected to close on or before this day' })
  @IsOptional()
  @Matches(DATE, { message: 'must be a date, YYYY-MM-DD' })
  closeTo?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;
}

const DIMENSIONS = new RegExp(`^(${forecastDimensions.join('|')})(,(${forecastDimensions.join('|')}))*$`);

export class PipelineForecastQueryDto extends PipelineReportQueryDto {
  @ApiPropertyOptional({
    example: 'stage',
    description: `What to group by: one or more of ${forecastDimensions.join(', ')}, comma-separated (default month,owner)`,
  })
  @IsOptional()
  @Matches(DIMENSIONS, { message: `must be one or more of ${forecastDimensions.join(', ')}, comma-separated` })
  by?: string;
}
