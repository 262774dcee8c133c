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
  // The records merged into a touched survivor join as rows of their own: an OR in the join
  // condition left only a scan of every follow-up per statement, quadratic over a replay.
  await sql`
    with touch (customer_id, touched_at, count) as (values ${sql.join(rows)})
    update ${sql.table(`${schema}.followup`)} as followup
    set status = case when followup.status = 'open' then 'touched' else followup.status end,
      touched_at = case when followup.status = 'open' then target.touched_at else followup.touched_at end,
      follow_ups = followup.follow_ups + target.count
    from (
      select customer_id, touched_at, count from touch
      union all
      select merge.absorbed_id, touch.touched_at, touch.count
      from touch join ${sql.table(`${schema}.customer_merge`)} as merge on merge.survivor_id = touch.customer_id
    ) as target
    where followup.status in ('open', 'touched', 'overdue') and followup.customer_id = target.customer_id`.execute(trx);
}
