import { sql, type Transaction } from 'kysely';
import type { FollowUpsTables } from './followups.tables.js';

/**
 * Marks the open follow-ups of these customers touched, each at the time given, in one statement.
 * Within a run of touches only a customer's first one counts: it closes the follow-up for the rest.
 * A survivor's touch closes the follow-ups of the records merged into it: it reached the same person.
 */
export async function markTouched(trx: Transaction<FollowUpsTables>, schema: string, firstTouches: ReadonlyMap<string, Date>): Promise<void> {
  if (firstTouches.size === 0) return;
  const rows = [...firstTouches].map(([customerId, touchedAt]) => sql`(${customerId}::uuid, ${touchedAt}::timestamptz)`);
  await sql`
    update ${sql.table(`${schema}.followup`)} as followup
    set status = 'touched', touched_at = touch.touched_at
    from (values ${sql.join(rows)}) as touch (customer_id, touched_at)
    where followup.status = 'open' and (followup.customer_id = touch.customer_id
      or followup.customer_id in (select absorbed_id from ${sql.table(`${schema}.customer_merge`)} where survivor_id = touch.customer_id))`.execute(trx);
}
