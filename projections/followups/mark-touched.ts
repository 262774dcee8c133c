import { sql, type Transaction } from 'kysely';
import type { FollowUpsTables } from './followups.tables.js';

/** Per customer, in a run of touches: when the first was recorded, and how many there were. */
export type RunOfTouches = Map<string, { at: Date; count: number }>;

/**
 * Counts these customers' touches on their follow-ups, in one statement; an open one is touched
 * at the run's first touch (it closes the follow-up for the rest). The count is what a void takes
 * back (followups.projection.ts).
 * A survivor's touch closes the follow-ups of the records merged into it: it reached the same person.
 */
export async function markTouched(trx: Transaction<FollowUpsTables>, schema: string, firstTouches: RunOfTouches): Promise<void> {
  if (firstTouches.size === 0) return;
  const rows = [...firstTouches].map(([customerId, { at, count }]) => sql`(${customerId}::uuid, ${at}::timestamptz, ${count}::int)`);
  await sql`
    update ${sql.table(`${schema}.followup`)} as followup
    set status = case when followup.status = 'open' then 'touched' else followup.status end,
      touched_at = case when followup.status = 'open' then touch.touched_at else followup.touched_at end,
      follow_ups = followup.follow_ups + touch.count
    from (values ${sql.join(rows)}) as touch (customer_id, touched_at, count)
    where followup.status in ('open', 'touched', 'overdue') and (followup.customer_id = touch.customer_id
      or followup.customer_id in (select absorbed_id from ${sql.table(`${schema}.customer_merge`)} where survivor_id = touch.customer_id))`.execute(trx);
}
