import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const INSTANT_OR_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const REASON = 'must be a date (2011-01-31, midnight UTC) or an ISO 8601 date-time with an offset (2011-01-31T09:30:00Z)';

/** A date-time without an offset would mean something different on every server, so it is refused. */
export const IsOptionalInstantOrDate = () =>
  applyDecorators(IsOptional(), Matches(INSTANT_OR_DATE, { message: REASON }), IsISO8601({ strict: true }, { message: REASON }));

/** `2011-01-31` is midnight UTC; anything else carries its offset. */
export function toInstant(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}
