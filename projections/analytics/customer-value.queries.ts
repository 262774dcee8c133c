import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, type Period } from './period.js';

export interface CustomerValueOptions extends Period {
  /** Reference date for recency; default the last purchase in the period (per currency). */
  asOf?: Date;
  sort: 'revenue' | 'margin';
  limit: number;
  currency?: string;
}

export interface CustomerValueRow {
  customer_id: string;
  currency: string;
  revenue: string;
  /** Null unless every purchase in the period carries its cost. */
  margin: string | null;
  purchases: string;
  cancellations: string;
  /** Returns and credits standing without a recorded order (ReturnRecorded). */
  returns: string;
  complaints: string;
  last_purchase_at: Date | null;
  recency_days: number | null;
  recency_score: number | null;
  frequency_score: number | null;
  monetary_score: number | null;
}

/**
 * Revenue net of cancellations and returns, margin, purchases and complaints per customer and currency, with
 * RFM quintile scores: score = ceil(5 × k / n), k counting the customers (of that currency, with a
 * purchase in the period) whose value is at most this one's — at least, for recency in days —
 * so ties share a score and 5 is always the best.
 */
export function customerValues(db: Kysely<AnalyticsTables>, options: CustomerValueOptions): Promise<CustomerValueRow[]> {
  const order = options.sort === 'margin' ? sql`margin desc nulls last, revenue desc` : sql`revenue desc`;
  return db
    .with('totals', (qb) =>
      qb
        .selectFrom('purchase_fact as fact')
        .select([
          'fact.customer_id',
          'fact.currency',
          sql<string>`sum(fact.amount)`.as('revenue'),
          sql<string | null>`case when bool_and(fact.cost is not null) filter (where fact.kind = 'purchase')
            then sum(fact.amount) - coalesce(sum(fact.cost), 0) end`.as('margin'),
          sql<string>`count(*) filter (where fact.kind = 'purchase')`.as('purchases'),
          sql<string>`count(*) filter (where fact.kind = 'cancellation')`.as('cancellations'),
          sql<string>`count(*) filter (where fact.kind = 'return')`.as('returns'),
          sql<Date | null>`max(fact.occurred_at) filter (where fact.kind = 'purchase')`.as('last_purchase_at'),
        ])
        .where(inPeriod('fact.occurred_at', options))
        .$if(options.currency !== undefined, (qb) => qb.where('fact.currency', '=', options.currency!))
        .groupBy(['fact.customer_id', 'fact.currency']),
    )
    .with('recency', (qb) =>
      qb.selectFrom('totals').select([
        'customer_id',
        'currency',
        sql<number | null>`(coalesce(${options.asOf ?? null}::timestamptz, max(last_purchase_at) over (partition by currency)) at time zone 'UTC')::date
            - (last_purchase_at at time zone 'UTC')::date`.as('recency_days'),
      ]),
    )
    .with('scored', (qb) =>
      qb
        .selectFrom('totals')
        .innerJoin('recency', (join) => join.onRef('recency.customer_id', '=', 'totals.customer_id').onRef('recency.currency', '=', 'totals.currency'))
        .selectAll('totals')
        .select([
          'recency.recency_days',
          quintile(sql`recency.recency_days desc`).as('recency_score'),
          quintile(sql`totals.purchases`).as('frequency_score'),
          quintile(sql`totals.revenue`).as('monetary_score'),
        ]),
    )
    .selectFrom('scored')
    .selectAll('scored')
    .select((eb) =>
      eb
        .selectFrom('touch_fact as touch')
        .select(sql<string>`count(*)`.as('complaints'))
        .whereRef('touch.customer_id', '=', 'scored.customer_id')
        .where('touch.type', '=', 'ComplaintFiled')
        .where(inPeriod('touch.occurred_at', options))
        .as('complaints'),
    )
    .orderBy(order)
    .orderBy('scored.customer_id')
    .orderBy('scored.currency')
    .limit(options.limit)
    .execute() as unknown as Promise<CustomerValueRow[]>;
}

/** ceil(5 × k / n) in integers: k counts this row and those ordered before it, peers included. */
function quintile(orderBy: RawBuilder<unknown>): RawBuilder<number | null> {
  const population = sql`partition by totals.currency, totals.last_purchase_at is null`;
  return sql<number | null>`case when totals.last_purchase_at is not null then
    ((5 * count(*) over (${population} order by ${orderBy}) + count(*) over (${population}) - 1) / count(*) over (${population}))::int end`;
}
