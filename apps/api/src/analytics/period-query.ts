import { ValidationFailedError } from '#crm/http';
import type { Period } from '#crm/projections';
import { toInstant } from './is-instant-or-date.decorator.js';

/** The period a query asks for; an empty or reversed one is the caller's mistake, not an empty report. */
export function periodOf(query: { from?: string; to?: string }): Period {
  const period = { from: toInstant(query.from), to: toInstant(query.to) };
  if (period.from && period.to && period.from >= period.to) {
    throw new ValidationFailedError([{ field: 'to', reason: 'must be after from' }]);
  }
  return period;
}
