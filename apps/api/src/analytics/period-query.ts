import { ValidationFailedError } from '#crm/http';
import type { Period, RecordedAxis } from '#crm/projections';
import { toInstant } from './is-instant-or-date.decorator.js';

/**
 * The period a query asks for, and the recorded time it is asked as of; an empty or reversed
 * period is the caller's mistake, not an empty report.
 */
export function periodOf(query: { from?: string; to?: string; asOf?: string }): Period & RecordedAxis {
  const period = { from: toInstant(query.from), to: toInstant(query.to), asOf: toInstant(query.asOf) };
  if (period.from && period.to && period.from >= period.to) {
    throw new ValidationFailedError([{ field: 'to', reason: 'must be after from' }]);
  }
  return period;
}
