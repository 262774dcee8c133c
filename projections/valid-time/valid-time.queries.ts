import { defaultLifecycleRules, nextLifecycleChange } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';
import type { CustomerFacts } from '../segments/customer-facts.js';
import { summaryOf, type CustomerLifecycleView, type LifecycleSummary } from '../lifecycle/lifecycle.queries.js';
import { groupBy } from '../shared/group-by.js';
import { withHeld, type HeldItem, type PointFacts } from './held-items.js';
import { VALID_TIME, validTimeProjection } from './valid-time.projection.js';
import type { ValidTimeTables } from './valid-time.tables.js';

const tables = (read: Kysely<ReadDatabase>): Kysely<ValidTimeTables> => validTimeProjection.read(read);
const position = (stage: string | null, grade: string | null) => (stage === null ? null : { stage, grade });
const VALID_SCHEMA = projectionSchema(VALID_TIME);

/** A customer's facts at business time `validAt`: those of its latest point at or before it; null before its first event. */
export async function customerFactsAt(read: Kysely<ReadDatabase>, customerId: string, validAt: Date): Promise<CustomerFacts | null> {
  const [row, held] = await Promise.all([
    tables(read)
      .selectFrom('fact_point')
      .select('facts')
      .where('customer_id', '=', customerId)
      .where('at', '<=', validAt)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    heldEntriesAt(read, [customerId], validAt),
  ]);
  return row ? withHeld(row.facts, held.get(customerId) ?? []) : null;
}

/** The entries each customer's facts hold at `validAt`, in the order they joined. */
async function heldEntriesAt(read: Kysely<ReadDatabase>, customerIds: string[], validAt: Date): Promise<Map<string, HeldItem[]>> {
  const rows = await tables(read)
    .selectFrom('fact_item')
    .select(['customer_id', 'list', 'value'])
    .where('customer_id', '=', sql<string>`any(${customerIds}::text[])`)
    .where('from_at', '<=', validAt)
    .where((eb) => eb.or([eb('to_at', 'is', null), eb('to_at', '>', validAt)]))
    .orderBy('customer_id')
    .orderBy('from_at')
    .orderBy('ordinal')
    .execute();
  return new Map(
    [...groupBy(rows, (row) => row.customer_id)].map(([customerId, own]) => [customerId, own.map(({ list, value }) => ({ list, value }) as HeldItem)]),
  );
}

/**
 * Customers in id order after `afterId`, with their facts at `validAt`; those with nothing by then
 * are left out. Each customer costs one index probe, whatever the length of its history.
 */
export async function customerFactsPageAt(
  read: Kysely<ReadDatabase>,
  validAt: Date,
  afterId: string,
  limit: number,
): Promise<{ customerId: string; facts: CustomerFacts }[]> {
  const { rows } = await sql<{ customer_id: string; facts: PointFacts }>`
    select customer.customer_id, point.facts
    from ${sql.table(`${VALID_SCHEMA}.fact_customer`)} customer
    cross join lateral (
      select facts from ${sql.table(`${VALID_SCHEMA}.fact_point`)} point
      where point.customer_id = customer.customer_id and point.at <= ${validAt}
      order by point.at desc limit 1
    ) point
    where customer.customer_id > ${afterId}
    order by customer.customer_id
    limit ${limit}`.execute(read);
  const held = await heldEntriesAt(
    read,
    rows.map((row) => row.customer_id),
    validAt,
  );
  return rows.map((row) => ({ customerId: row.customer_id, facts: withHeld(row.facts, held.get(row.customer_id) ?? []) }));
}

/** The customer's lifecycle at business time `validAt`, with the transitions up to it; null before its first event. */
export async function customerLifecycleAt(read: Kysely<ReadDatabase>, customerId: string, validAt: Date): Promise<CustomerLifecycleView | null> {
  const [periods, facts] = await Promise.all([
    tables(read)
      .selectFrom('lifecycle_period')
      .selectAll()
      .where('customer_id', '=', customerId)
      .where('valid_from', '<=', validAt)
      .orderBy('valid_from')
      .execute(),
    customerFactsAt(read, customerId, validAt),
  ]);
  const current = periods.at(-1);
  if (!current || !facts) return null;
  const next = nextLifecycleChange(facts.lifecycle, validAt.getTime(), defaultLifecycleRules);
  return {
    customerId,
    stage: current.stage,
    grade: current.grade,
    since: current.valid_from.toISOString(),
    nextChangeAt: next === null ? null : new Date(next).toISOString(),
    transitions: periods.map((row) => ({
      from: position(row.from_stage, row.from_grade),
      to: position(row.stage, row.grade)!,
      at: row.valid_from.toISOString(),
      cause: row.event_id === null ? 'lapse' : 'event',
      eventId: row.event_id,
    })),
  };
}

/** Customers per stage and grade at business time `validAt`, and the changes of stage within [from, to) on that axis. */
export async function lifecycleSummaryAt(read: Kysely<ReadDatabase>, validAt: Date, period: { from: Date; to: Date }): Promise<LifecycleSummary> {
  const [counts, flows] = await Promise.all([
    tables(read)
      .selectFrom('lifecycle_period')
      .select((eb) => ['stage', 'grade', eb.fn.countAll<string>().as('customers')])
      .where('valid_from', '<=', validAt)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', validAt)]))
      .groupBy(['stage', 'grade'])
      .execute(),
    tables(read)
      .selectFrom('lifecycle_period')
      .select((eb) => ['from_stage', 'stage as to_stage', eb.fn.countAll<string>().as('transitions')])
      .where('valid_from', '>=', period.from)
      .where('valid_from', '<', period.to)
      .where((eb) => eb.or([eb('from_stage', 'is', null), eb('from_stage', '<>', eb.ref('stage'))]))
      .groupBy(['from_stage', 'stage'])
      .orderBy('from_stage', (ob) => ob.asc().nullsFirst())
      .orderBy('stage')
      .execute(),
  ]);
  return summaryOf(counts, flows);
}
