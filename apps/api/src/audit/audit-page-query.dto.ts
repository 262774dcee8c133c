import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from './export/export-format.js';

export const MAX_AUDIT_PAGE = 1000;

/** What both audit logs (events and access) take: a time range, a page, a format, an actor. */
export class AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 instant: recorded at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant: recorded before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE, description: 'Page size (JSON, default 100); for ndjson/csv, the most rows (default all)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'json (a page), ndjson or csv (every match); or send Accept' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({ description: 'Actor id: a staff id or api-key:<id>' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  actor?: string;
}
