import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { ReportFormatQueryDto } from '../analytics/analytics-query.dto.js';
import { ValidAtQueryDto } from '../time-travel/valid-at-query.dto.js';

const INSTANT = { message: 'must be an ISO 8601 date-time such as 2026-03-02T10:00:00Z' };

/** The period whose stage changes are counted: [from, to), by default the 30 days up to now (or up to validAt). */
export class LifecycleSummaryQueryDto extends IntersectionType(ValidAtQueryDto, ReportFormatQueryDto) {
  @ApiPropertyOptional({ format: 'date-time', description: 'Start of the period (default: 30 days before to)' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'End of the period, excluded (default: now, or validAt)' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  to?: string;
}
