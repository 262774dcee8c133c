import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsTimeZone, IsUUID, Max, Min, Matches } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../audit/export/export-format.js';
import { IsOptionalInstantOrDate } from './is-instant-or-date.decorator.js';

/** The form of a report's answer, shared by every report route (report-csv.ts). */
export class ReportFormatQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'json (the report), csv or ndjson (its rows, amounts in decimals); or send Accept' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}

export class PeriodQueryDto extends ReportFormatQueryDto {
  @ApiPropertyOptional({ description: 'Start of the period, inclusive', example: '2011-01-01' })
  @IsOptionalInstantOrDate()
  from?: string;

  @ApiPropertyOptional({ description: 'End of the period, exclusive', example: '2011-07-01T00:00:00Z' })
  @IsOptionalInstantOrDate()
  to?: string;

  @ApiPropertyOptional({
    description: 'Recorded time: the report exactly as it stood then, from the facts, voids and corrections the CRM had recorded by then (docs/time-travel.md)',
    example: '2026-03-01T00:00:00Z',
  })
  @IsOptionalInstantOrDate()
  asOf?: string;
}

export class TimingQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ description: 'IANA time zone the weekdays, hours and months are counted in', default: 'UTC', example: 'Europe/London' })
  @IsOptional()
  @IsTimeZone({ message: 'must be an IANA time zone such as Europe/London' })
  tz?: string;
}

export class CustomersQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ description: 'Reference date for recency; default the day after the last purchase in the period' })
  @IsOptionalInstantOrDate()
  recencyAt?: string;

  @ApiPropertyOptional({ enum: ['revenue', 'margin'], default: 'revenue' })
  @IsOptional()
  @IsIn(['revenue', 'margin'], { message: 'must be revenue or margin' })
  sort?: 'revenue' | 'margin';

  @ApiPropertyOptional({
    enum: ['purchases', 'won-deals'],
    default: 'purchases',
    description: 'purchases: the buyers, ranked by `sort`; won-deals: the customers with a deal won in the period, ranked by its value',
  })
  @IsOptional()
  @IsIn(['purchases', 'won-deals'], { message: 'must be purchases or won-deals' })
  measure?: 'purchases' | 'won-deals';

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 10_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number from 1 to 10000' })
  @Min(1, { message: 'must be a whole number from 1 to 10000' })
  @Max(10_000, { message: 'must be a whole number from 1 to 10000' })
  limit?: number;

  @ApiPropertyOptional({ description: 'Only this ISO 4217 currency', example: 'GBP' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as GBP' })
  currency?: string;
}

export class CampaignsQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ description: 'Days after a promotion in which a purchase is attributed to it', default: 14, minimum: 1, maximum: 365 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days from 1 to 365' })
  @Min(1, { message: 'must be a whole number of days from 1 to 365' })
  @Max(365, { message: 'must be a whole number of days from 1 to 365' })
  windowDays?: number;
}

const REVENUE_BY = /^(month|weekday|hour|owner|manager|region|organization|sku|segment|lifecycle|attribute:[A-Za-z0-9_.-]{1,100})$/;
const DEALS_BY = /^(owner|manager|region|product|organization|attribute:[A-Za-z0-9_.-]{1,100})$/;

/** Filters the revenue and deals reports share. */
class ReportFiltersDto {
  @ApiPropertyOptional({ description: 'Only this ISO 4217 currency', example: 'GBP' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as GBP' })
  currency?: string;

  @ApiPropertyOptional({ description: 'Only customers who are members of this segment now' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a segment id (a UUID)' })
  segment?: string;
}

export class RevenueQueryDto extends IntersectionType(TimingQueryDto, ReportFiltersDto) {
  @ApiProperty({
    description:
      "What revenue is grouped by: month, weekday or hour in `tz`; the owner (or that owner's manager or region), organization or an attribute the customer had at the time of each " +
      'purchase; the SKU of each line; the segments the customer is a member of now, or its lifecycle stage now',
    pattern: REVENUE_BY.source,
    example: 'attribute:country',
  })
  @Matches(REVENUE_BY, { message: 'must be month, weekday, hour, owner, manager, region, organization, sku, segment, lifecycle or attribute:<name>' })
  by: string;
}

export class DealsQueryDto extends IntersectionType(PeriodQueryDto, ReportFiltersDto) {
  @ApiProperty({
    description:
      "What deals are grouped by: the deal's owner, the owner's manager or region, the deal's product, the organization of its customer, " +
      "or an attribute its customer has now (`attribute:sector`). With `currency`, only deals in it (won: the won amount's; otherwise the expected amount's)",
    pattern: DEALS_BY.source,
    example: 'attribute:sector',
  })
  @Matches(DEALS_BY, { message: 'must be owner, manager, region, product, organization or attribute:<name>' })
  by: string;
}
