import { sql, type Insertable, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { AnalyticsTables, PromotionFactTable, PurchaseFactTable, TouchFactTable } from './analytics.tables.js';
import { attributions, DEFAULT_ATTRIBUTION_DAYS, netAmount } from './campaigns.queries.js';

type RollupTable = 'touch_rollup' | 'sales_rollup' | 'customer_rollup' | 'promotion_rollup';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A fact version a batch wrote (+1) or superseded (−1). */
export interface FactDeltas {
  touch_fact: { row: Insertable<TouchFactTable> | Selectable<TouchFactTable>; sign: 1 | -1 }[];
  purchase_fact: { row: Insertable<PurchaseFactTable> | Selectable<PurchaseFactTable>; sign: 1 | -1 }[];
  promotion_fact: { row: Insertable<PromotionFactTable> | Selectable<PromotionFactTable>; sign: 1 | -1 }[];
}

export const noDeltas = (): FactDeltas => ({ touch_fact: [], purchase_fact: [], promotion_fact: [] });

const bucket = (at: Date | string, grainMs: number) => new Date(Math.floor(new Date(at).getTime() / grainMs) * grainMs);

type Sums = Record<string, number>;

/** Adds each key's figures up in the batch, so one upsert per key. */
function sumByKey<T>(
  deltas: { row: T; sign: 1 | -1 }[],
  keyOf: (row: T) => Record<string, unknown> | null,
  figures: (row: T) => Sums,
): Record<string, unknown>[] {
  const byKey = new Map<string, { key: Record<string, unknown>; sums: Sums }>();
  for (const { row, sign } of deltas) {
    const key = keyOf(row);
    if (key === null) continue;
    const id = JSON.stringify(key);
    const entry = byKey.get(id) ?? { key, sums: {} };
    byKey.set(id, entry);
    for (const [name, value] of Object.entries(figures(row))) entry.sums[name] = (entry.sums[name] ?? 0) + sign * value;
  }
  return [...byKey.values()].map(({ key, sums }) => ({ ...key, ...sums }));
}

const ROWS_PER_UPSERT = 1000;

async function addTo(db: Kysely<AnalyticsTables>, table: RollupTable, keys: string[], rows: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  if (rows.length === 0) return;
  const sums = Object.keys(rows[0]!).filter((name) => !keys.includes(name) && !(name in extra));
  for (let start = 0; start < rows.length; start += ROWS_PER_UPSERT) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + ROWS_PER_UPSERT) as never)
      .onConflict((oc) =>
        oc.columns(keys as never).doUpdateSet({
          ...Object.fromEntries(sums.map((name) => [name, sql`${sql.ref(`${table}.${name}`)} + ${sql.ref(`excluded.${name}`)}`])),
          ...extra,
        } as never),
      )
      .execute();
  }
}

const count = (yes: boolean) => (yes ? 1 : 0);

/** Brings every rollup to the fact versions after the batch: `deltas` are the versions it wrote and superseded. */
export async function keepRollups(db: Kysely<AnalyticsTables>, deltas: FactDeltas): Promise<void> {
  await addTo(
    db,
    'touch_rollup',
    ['day', 'owner_id'],
    sumByKey(
      deltas.touch_fact,
      (row) => (row.owner_id ? { day: bucket(row.occurred_at, DAY_MS), owner_id: row.owner_id } : null),
      (row) => ({ facts: 1, call_seconds: row.duration_seconds ?? 0 }),
    ),
  );
  const purchase = (row: { kind: string }) => row.kind === 'purchase';
  await addTo(
    db,
    'sales_rollup',
    ['hour', 'currency'],
    sumByKey(
      deltas.purchase_fact,
      (row) => ({ hour: bucket(row.occurred_at, HOUR_MS), currency: row.currency }),
      (row) => ({
        facts: 1,
        purchases: count(purchase(row)),
        amount: Number(row.amount),
        gross: purchase(row) ? Number(row.amount) : 0,
        returned: purchase(row) ? 0 : -Number(row.amount),
      }),
    ),
  );
  const customers = sumByKey(
    deltas.purchase_fact,
    (row) => ({ customer_id: row.customer_id, currency: row.currency }),
    (row) => ({
      facts: 1,
      revenue: Number(row.amount),
      cost: Number(row.cost ?? 0),
      purchases: count(purchase(row)),
      purchases_without_cost: count(purchase(row) && row.cost == null),
      cancellations: count(row.kind === 'cancellation'),
      returns: count(row.kind === 'return'),
    }),
  );
  const lastPurchases = new Map<string, Date>();
  for (const { row, sign } of deltas.purchase_fact) {
    const id = JSON.stringify({ customer_id: row.customer_id, currency: row.currency });
    const at = new Date(row.occurred_at);
    const latest = lastPurchases.get(id);
    if (sign === 1 && purchase(row) && (latest === undefined || at > latest)) lastPurchases.set(id, at);
  }
  await addTo(
    db,
    'customer_rollup',
    ['customer_id', 'currency'],
    customers.map((row) => ({ ...row, last_purchase_at: lastPurchases.get(JSON.stringify({ customer_id: row.customer_id, currency: row.currency })) ?? null })),
    { last_purchase_at: sql`greatest(customer_rollup.last_purchase_at, excluded.last_purchase_at)` },
  );
  // Only a superseded purchase can lower a customer's last purchase: those few are read again from the facts.
  const lowered = [...new Set(deltas.purchase_fact.filter(({ row, sign }) => sign === -1 && purchase(row)).map(({ row }) => row.customer_id))];
  if (lowered.length > 0) {
    await db
      .updateTable('customer_rollup')
      .set({
        last_purchase_at: (eb) =>
          eb
            .selectFrom('purchase_fact as fact')
            .select((fact) => fact.fn.max('fact.occurred_at').as('last'))
            .whereRef('fact.customer_id', '=', 'customer_rollup.customer_id')
            .whereRef('fact.currency', '=', 'customer_rollup.currency')
            .where('fact.kind', '=', 'purchase')
            .where('fact.superseded_at', 'is', null),
      })
      .where('customer_id', 'in', lowered)
      .execute();
  }
  const answered = (row: { kind: string; response?: string | null }, response: string) => count(row.kind === 'answered' && row.response === response);
  await addTo(
    db,
    'promotion_rollup',
    ['customer_id', 'campaign_id'],
    sumByKey(
      deltas.promotion_fact,
      (row) => ({ customer_id: row.customer_id, campaign_id: row.campaign_id }),
      (row) => ({
        facts: 1,
        sent: count(row.kind === 'sent'),
        answered: count(row.kind === 'answered'),
        opened: answered(row, 'opened'),
        clicked: answered(row, 'clicked'),
        accepted: answered(row, 'accepted'),
        declined: answered(row, 'declined'),
      }),
    ),
  );
  if ([...deltas.touch_fact, ...deltas.purchase_fact, ...deltas.promotion_fact].some(({ sign }) => sign === -1)) {
    for (const table of ['touch_rollup', 'sales_rollup', 'customer_rollup', 'promotion_rollup'] as const)
      await db.deleteFrom(table).where('facts', '=', '0').execute();
  }
  await attributeAgain(db, [
    ...new Set([
      // A cancellation or return changes the net revenue of the purchase it takes back from.
      ...deltas.purchase_fact.map(({ row }) => row.customer_id),
      ...deltas.promotion_fact.filter(({ row }) => row.kind === 'sent').map(({ row }) => row.customer_id),
    ]),
  ]);
}

async function attributeAgain(db: Kysely<AnalyticsTables>, customerIds: string[]): Promise<void> {
  for (let start = 0; start < customerIds.length; start += ROWS_PER_UPSERT) {
    const ids = customerIds.slice(start, start + ROWS_PER_UPSERT);
    await db.deleteFrom('attribution_rollup').where('customer_id', 'in', ids).execute();
    await db
      .insertInto('attribution_rollup')
      .columns(['customer_id', 'campaign_id', 'currency', 'purchases', 'revenue'])
      .expression(attributionsPerCustomer(db).where('purchase.customer_id', 'in', ids))
      .execute();
  }
}

/** The attribution rollup's rows: each customer's purchases per campaign with the default window, net of what was taken back. */
function attributionsPerCustomer(db: Kysely<AnalyticsTables>) {
  return attributions(db, {}, DEFAULT_ATTRIBUTION_DAYS)
    .select([
      'purchase.customer_id',
      'attributed.campaign_id',
      'purchase.currency',
      sql<string>`count(*)`.as('purchases'),
      sql<string>`sum(${netAmount(db, {})})`.as('revenue'),
    ])
    .groupBy(['purchase.customer_id', 'attributed.campaign_id', 'purchase.currency']);
}

/**
 * Every rollup summed again from the current facts, one INSERT … SELECT … GROUP BY each: what
 * keepRollups arrives at batch by batch, for a rebuild that skipped it.
 */
export async function buildRollups(db: Kysely<AnalyticsTables>): Promise<void> {
  for (const table of ['touch_rollup', 'sales_rollup', 'customer_rollup', 'promotion_rollup', 'attribution_rollup'] as const)
    await db.deleteFrom(table).execute();
  const total = (expression: RawBuilder<unknown>) => sql<string>`coalesce(sum(${expression}), 0)`;
  const purchase = sql`kind = 'purchase'`;
  await db
    .insertInto('touch_rollup')
    .columns(['day', 'owner_id', 'facts', 'call_seconds'])
    .expression(
      db
        .selectFrom('touch_fact')
        .select([
          sql<Date>`date_trunc('day', occurred_at, 'UTC')`.as('day'),
          'owner_id',
          sql<string>`count(*)`.as('facts'),
          total(sql`duration_seconds`).as('call_seconds'),
        ])
        .where('superseded_at', 'is', null)
        .where('owner_id', 'is not', null)
        .groupBy([sql`1`, 'owner_id']),
    )
    .execute();
  await db
    .insertInto('sales_rollup')
    .columns(['hour', 'currency', 'facts', 'purchases', 'amount', 'gross', 'returned'])
    .expression(
      db
        .selectFrom('purchase_fact')
        .select([
          sql<Date>`date_trunc('hour', occurred_at, 'UTC')`.as('hour'),
          'currency',
          sql<string>`count(*)`.as('facts'),
          sql<string>`count(*) filter (where ${purchase})`.as('purchases'),
          total(sql`amount`).as('amount'),
          total(sql`case when ${purchase} then amount else 0 end`).as('gross'),
          total(sql`case when ${purchase} then 0 else -amount end`).as('returned'),
        ])
        .where('superseded_at', 'is', null)
        .groupBy([sql`1`, 'currency']),
    )
    .execute();
  await db
    .insertInto('customer_rollup')
    .columns(['customer_id', 'currency', 'facts', 'revenue', 'cost', 'purchases', 'purchases_without_cost', 'cancellations', 'returns', 'last_purchase_at'])
    .expression(
      db
        .selectFrom('purchase_fact')
        .select([
          'customer_id',
          'currency',
          sql<string>`count(*)`.as('facts'),
          total(sql`amount`).as('revenue'),
          total(sql`coalesce(cost, 0)`).as('cost'),
          sql<string>`count(*) filter (where ${purchase})`.as('purchases'),
          sql<string>`count(*) filter (where ${purchase} and cost is null)`.as('purchases_without_cost'),
          sql<string>`count(*) filter (where kind = 'cancellation')`.as('cancellations'),
          sql<string>`count(*) filter (where kind = 'return')`.as('returns'),
          sql<Date | null>`max(occurred_at) filter (where ${purchase})`.as('last_purchase_at'),
        ])
        .where('superseded_at', 'is', null)
        .groupBy(['customer_id', 'currency']),
    )
    .execute();
  const answered = (response: string) => sql<string>`count(*) filter (where kind = 'answered' and response = ${response})`;
  await db
    .insertInto('promotion_rollup')
    .columns(['customer_id', 'campaign_id', 'facts', 'sent', 'answered', 'opened', 'clicked', 'accepted', 'declined'])
    .expression(
      db
        .selectFrom('promotion_fact')
        .select([
          'customer_id',
          'campaign_id',
          sql<string>`count(*)`.as('facts'),
          sql<string>`count(*) filter (where kind = 'sent')`.as('sent'),
          sql<string>`count(*) filter (where kind = 'answered')`.as('answered'),
          answered('opened').as('opened'),
          answered('clicked').as('clicked'),
          answered('accepted').as('accepted'),
          answered('declined').as('declined'),
        ])
        .where('superseded_at', 'is', null)
        .groupBy(['customer_id', 'campaign_id']),
    )
    .execute();
  await db
    .insertInto('attribution_rollup')
    .columns(['customer_id', 'campaign_id', 'currency', 'purchases', 'revenue'])
    .expression(attributionsPerCustomer(db))
    .execute();
}
