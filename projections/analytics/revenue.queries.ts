import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, type Period } from './period.js';

/** What revenue is grouped by: a time bucket in a zone, or an attribute the customer had at the time. */
export type RevenueGrouping = { by: 'month' | 'weekday' | 'hour'; timeZone: string } | { by: 'attribute'; name: string };

export interface RevenueOptions extends Period {
  currency?: string;
}

export interface RevenueRow {
  /** The bucket (`2011-01`, ISO weekday `1`–`7`, hour `0`–`23`) or the attribute's value; null when a customer had none. */
  key: string | null;
  currency: string;
  customers: string;
  purchases: string;
  gross: string;
  returned: string;
  revenue: string;
}

function keyOf(grouping: RevenueGrouping): RawBuilder<string | null> {
  if (grouping.by === 'attribute') return sql<string | null>`fact.attributes ->> ${grouping.name}`;
  const local = sql`(fact.occurred_at at time zone ${grouping.timeZone})`;
  if (grouping.by === 'month') return sql<string>`to_char(${local}, 'YYYY-MM')`;
  if (grouping.by === 'weekday') return sql<string>`extract(isodow from ${local})::int::text`;
  return sql<string>`extract(hour from ${local})::int::text`;
}

/** Buyers, purchases, gross sales, what was taken back and net revenue per group and currency. */
export function revenueBy(db: Kysely<AnalyticsTables>, grouping: RevenueGrouping, options: RevenueOptions): Promise<RevenueRow[]> {
  return db
    .selectFrom('purchase_fact as fact')
    .select([
      keyOf(grouping).as('key'),
      'fact.currency',
      sql<string>`count(distinct fact.customer_id) filter (where fact.kind = 'purchase')`.as('customers'),
      sql<string>`count(*) filter (where fact.kind = 'purchase')`.as('purchases'),
      sql<string>`coalesce(sum(fact.amount) filter (where fact.kind = 'purchase'), 0)`.as('gross'),
      sql<string>`coalesce(-sum(fact.amount) filter (where fact.kind <> 'purchase'), 0)`.as('returned'),
      sql<string>`sum(fact.amount)`.as('revenue'),
    ])
    .where(inPeriod('fact.occurred_at', options))
    .$if(options.currency !== undefined, (qb) => qb.where('fact.currency', '=', options.currency!))
    .groupBy(sql`1, 2`)
    .orderBy(sql`1 nulls last, 2`)
    .execute();
}
