import { lifecycleEventTypes, type LifecyclePosition } from '#crm/domain';
import { defineProjection, eventTypeSet, type Recorded, type TablesContext } from '#crm/projection-runner';
import { sql, type Transaction } from 'kysely';
import type { CustomerFactEvent } from '../segments/apply-fact.js';
import { businessInstant, foldIntoPoints, lifecyclePeriods, type FactPoint, type LifecyclePeriod } from './fact-points.js';
import { groupBy } from '../shared/group-by.js';
import { heldAt, heldRows, pointFacts, withHeld, type HeldItem, type HeldRow, type PointFacts } from './held-items.js';
import { validTimeTables, type ValidTimeTables } from './valid-time.tables.js';

export const VALID_TIME = 'valid_time';

/**
 * Each customer's facts and lifecycle on the business axis (docs/time-travel.md): what `validAt`
 * questions about lifecycles and segments read. An event re-dates the customer's history from its
 * own business time on: the points from there are folded again and the lifecycle periods from
 * there rewritten; what lies before stays as it was. In-order events touch only the newest point.
 */
export const validTimeProjection = defineProjection<CustomerFactEvent>()({
  name: VALID_TIME,
  version: 3,
  handles: {
    ...eventTypeSet(lifecycleEventTypes),
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    CustomerErased: true,
  },
  tables: validTimeTables,
  async applyBatch(trx, events, context) {
    const byCustomer = groupBy(events, (event) => event.data.customerId);
    // A customer's events in rounds of at most ROUND: its points (each a copy of its growing facts)
    // stay few in memory however many of its events one batch brings. A round is what a batch of
    // those events alone would do, so the rows come out the same.
    for (let from = 0; byCustomer.size > 0; from += ROUND) {
      const round = [...byCustomer].map(([customerId, own]) => ({ customerId, events: own.slice(from, from + ROUND) }));
      await redate(trx, context, round);
      for (const [customerId, own] of byCustomer) if (own.length <= from + ROUND) byCustomer.delete(customerId);
    }
  },
});

/** Events of one customer a round redates; the heavy customer of the bench brings 2,500 in a page. */
const ROUND = 200;

/** Rows per insert: well under PostgreSQL's 65,535 parameters, and a bounded statement. */
const ROWS_PER_INSERT = 1000;

type Redating = { customerId: string; events: Recorded<CustomerFactEvent>[] };

/**
 * Each customer's history re-dated from its earliest event's business time, for all of them at
 * once: a statement per step for the whole batch, not per customer (a rebuild's page holds
 * thousands of customers).
 */
async function redate(trx: Transaction<ValidTimeTables>, { schema, copy }: TablesContext<typeof validTimeTables>, customers: Redating[]): Promise<void> {
  const earliest = customers.map(({ events }) => Math.min(...events.map(businessInstant)));
  const loaded = await pointsFrom(
    trx,
    schema,
    customers.map(({ customerId }) => customerId),
    earliest,
  );
  const redone: { customerId: string; points: FactPoint[]; open: HeldRow[] | null }[] = [];
  for (const { customerId, events } of customers) {
    const stored = loaded.get(customerId);
    let points = stored?.points ?? [];
    for (const event of events) points = foldIntoPoints(points, customerId, event);
    if (points.length > 0) redone.push({ customerId, points, open: stored?.open ?? null });
  }
  if (redone.length === 0) return;
  const ids = redone.map(({ customerId }) => customerId);
  const starts = redone.map(({ points }) => new Date(points[0]!.at).toISOString());
  const { rows: entering } = await sql<{ customer_id: string; valid_from: Date; stage: string; grade: string | null }>`
    select c.customer_id, e.valid_from, e.stage, e.grade
    from unnest(${ids}::text[], ${starts}::timestamptz[]) as c (customer_id, start)
    cross join lateral (
      select valid_from, stage, grade from ${sql.table(`${schema}.lifecycle_period`)} p
      where p.customer_id = c.customer_id and p.valid_from < c.start
      order by valid_from desc limit 1
    ) e`.execute(trx);
  const enteringOf = new Map(entering.map((row) => [row.customer_id, row]));
  const periods = redone.map(({ customerId, points }) => {
    const before = enteringOf.get(customerId);
    return lifecyclePeriods(points, before ? ({ stage: before.stage, grade: before.grade } as LifecyclePosition) : null);
  });
  await trx
    .insertInto('fact_customer')
    .values(ids.map((customer_id) => ({ customer_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  // A point no event of the round reached is the one loaded to start from: already stored as it is.
  const unchanged = new Set([...loaded.values()].flatMap(({ points }) => points));
  const written = redone.flatMap(({ customerId, points }) => points.flatMap((point) => (unchanged.has(point) ? [] : [{ customerId, point }])));
  for (const rows of chunks(written)) {
    await trx
      .insertInto('fact_point')
      .values(
        rows.map(({ customerId, point }) => ({
          customer_id: customerId,
          at: new Date(point.at),
          event_id: point.eventId,
          facts: JSON.stringify(pointFacts(point.facts)) as never,
        })),
      )
      .onConflict((oc) => oc.columns(['customer_id', 'at']).doUpdateSet({ event_id: sql.ref('excluded.event_id'), facts: sql.ref('excluded.facts') }))
      .execute();
  }
  await writeHeldRows(trx, schema, redone);
  await sql`
    delete from ${sql.table(`${schema}.lifecycle_period`)} p
    using unnest(${ids}::text[], ${starts}::timestamptz[]) as c (customer_id, start)
    where p.customer_id = c.customer_id and p.valid_from >= c.start`.execute(trx);
  const closing = redone.flatMap(({ customerId }, index) => {
    const before = enteringOf.get(customerId);
    const until = periods[index]![0]?.from;
    return before ? [{ customerId, from: before.valid_from.toISOString(), until: until === undefined ? null : new Date(until).toISOString() }] : [];
  });
  if (closing.length > 0)
    await sql`
      update ${sql.table(`${schema}.lifecycle_period`)} p set valid_to = c.until
      from unnest(${closing.map(({ customerId }) => customerId)}::text[], ${closing.map(({ from }) => from)}::timestamptz[], ${closing.map(({ until }) => until)}::timestamptz[]) as c (customer_id, valid_from, until)
      where p.customer_id = c.customer_id and p.valid_from = c.valid_from`.execute(trx);
  const periodRows = redone.flatMap(({ customerId }, index) => periods[index]!.map((period) => periodRow(customerId, period)));
  if (copy) await copy('lifecycle_period', periodRows);
  else for (const rows of chunks(periodRows)) await trx.insertInto('lifecycle_period').values(rows).execute();
}

function chunks<T>(rows: T[]): T[][] {
  const pieces: T[][] = [];
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) pieces.push(rows.slice(at, at + ROWS_PER_INSERT));
  return pieces;
}

/**
 * The held rows from the first point of each customer on: those beginning after it are made
 * again, those held at it (when it is the stored point before the customer's events) keep their
 * beginning and have their end decided again.
 */
async function writeHeldRows(trx: Transaction<ValidTimeTables>, schema: string, redone: { customerId: string; points: FactPoint[]; open: HeldRow[] | null }[]) {
  const ids = redone.map(({ customerId }) => customerId);
  const kept = redone.map(({ points, open }) => (open ? new Date(points[0]!.at).toISOString() : null));
  await sql`
    delete from ${sql.table(`${schema}.fact_item`)} i
    using unnest(${ids}::text[], ${kept}::timestamptz[]) as c (customer_id, kept)
    where i.customer_id = c.customer_id and (c.kept is null or i.from_at > c.kept)`.execute(trx);
  const rows = redone.flatMap(({ customerId, points, open }) => heldRows(points, open).map((row) => ({ customerId, row })));
  for (const piece of chunks(rows)) {
    await trx
      .insertInto('fact_item')
      .values(
        piece.map(({ customerId, row }) => ({
          customer_id: customerId,
          from_at: new Date(row.from),
          ordinal: row.ordinal,
          to_at: row.to === null ? null : new Date(row.to),
          list: row.item.list,
          value: JSON.stringify(row.item.value) as never,
        })),
      )
      .onConflict((oc) => oc.columns(['customer_id', 'from_at', 'ordinal']).doUpdateSet({ to_at: sql.ref('excluded.to_at') }))
      .execute();
  }
}

/**
 * Per customer, the points an event at its `earliest` can change, with the one before it that new
 * points start from (all of them when there is none, or for an erasure, which counts on every
 * instant), each with the entries it holds; and `open`, the rows held at that point before.
 */
async function pointsFrom(
  trx: Transaction<ValidTimeTables>,
  schema: string,
  customerIds: string[],
  earliest: number[],
): Promise<Map<string, { points: FactPoint[]; open: HeldRow[] | null }>> {
  const instants = earliest.map((at) => (at === -Infinity ? null : new Date(at).toISOString()));
  const points = sql.table(`${schema}.fact_point`);
  const { rows } = await sql<{ customer_id: string; at: Date; event_id: string; facts: PointFacts; kept: boolean }>`
    select c.customer_id, p.at, p.event_id, p.facts, coalesce(p.at = before.at, false) as kept
    from unnest(${customerIds}::text[], ${instants}::timestamptz[]) as c (customer_id, earliest)
    left join lateral (
      select at from ${points} b where b.customer_id = c.customer_id and b.at < c.earliest order by at desc limit 1
    ) before on true
    join ${points} p on p.customer_id = c.customer_id and p.at >= coalesce(before.at, '-infinity')
    order by customer_id, at`.execute(trx);
  const found = groupBy(rows, (row) => row.customer_id);
  // The first point is the one before the earliest event when the customer has one: its rows are kept.
  const kept = new Map([...found].map(([customerId, own]) => [customerId, own[0]!.kept ? own[0]!.at : null]));
  const held = await heldFrom(trx, schema, kept);
  return new Map(
    [...found].map(([customerId, own]) => {
      const rows = held.get(customerId) ?? [];
      const first = kept.get(customerId) ? heldAt(rows, own[0]!.at.getTime()) : null;
      const points = own.map((row) => {
        const at = row.at.getTime();
        return {
          at,
          eventId: row.event_id,
          facts: withHeld(
            row.facts,
            heldAt(rows, at).map(({ item }) => item),
          ),
        };
      });
      return [customerId, { points, open: first }];
    }),
  );
}

/** Each customer's rows held at or after its kept point (all of them without one), oldest first. */
async function heldFrom(trx: Transaction<ValidTimeTables>, schema: string, kept: Map<string, Date | null>): Promise<Map<string, HeldRow[]>> {
  const { rows } = await sql<{ customer_id: string; from_at: Date; ordinal: number; to_at: Date | null; list: HeldItem['list']; value: HeldItem['value'] }>`
    select i.customer_id, i.from_at, i.ordinal, i.to_at, i.list, i.value
    from unnest(${[...kept.keys()]}::text[], ${[...kept.values()].map((at) => at?.toISOString() ?? null)}::timestamptz[]) as c (customer_id, kept)
    join ${sql.table(`${schema}.fact_item`)} i on i.customer_id = c.customer_id and (c.kept is null or i.to_at is null or i.to_at > c.kept)
    order by i.customer_id, i.from_at, i.ordinal`.execute(trx);
  return new Map(
    [...groupBy(rows, (row) => row.customer_id)].map(([customerId, own]) => [
      customerId,
      own.map((row) => ({
        from: row.from_at.getTime(),
        ordinal: row.ordinal,
        to: row.to_at?.getTime() ?? null,
        item: { list: row.list, value: row.value } as HeldItem,
      })),
    ]),
  );
}

function periodRow(customerId: string, period: LifecyclePeriod) {
  return {
    customer_id: customerId,
    valid_from: new Date(period.from),
    valid_to: period.to === null ? null : new Date(period.to),
    from_stage: period.previous?.stage ?? null,
    from_grade: period.previous?.grade ?? null,
    stage: period.position.stage,
    grade: period.position.grade,
    event_id: period.eventId,
  };
}
