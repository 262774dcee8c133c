import { IsISO8601, IsOptional } from 'class-validator';

const INSTANT = { message: 'must be an ISO 8601 date-time such as 2026-03-02T10:00:00Z' };

/** The period whose stage changes are counted: [from, to), by default the last 30 days. */
export class LifecycleSummaryQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  to?: string;
}
