import { sql, type AliasedRawBuilder, type Kysely } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, type Period } from './period.js';

/** When: ISO weekday (1 = Monday) and hour, or the month as YYYY-MM, both in the given time zone. */
export type TimeBucket = 'weekday-hour' | 'month';

export interface BucketMoneyRow {
  weekday: number | null;
  hour: number | null;
  month: string | null;
  currency: string;
  count: string;
  amount: string;
}

function bucketColumns(bucket: TimeBucket, column: string, timeZone: string): AliasedRawBuilder<unknown, 'weekday' | 'hour' | 'month'>[] {
  const local = sql`(${sql.ref(column)} at time zone ${timeZone})`;
  if (bucket === 'month') return [sql`null::int`.as('weekday'), sql`null::int`.as('hour'), sql`to_char(${local}, 'YYYY-MM')`.as('month')];
  return [sql`extract(isodow from ${local})::int`.as('weekday'), sql`extract(hour from ${local})::int`.as('hour'), sql`null::text`.as('month')];
}

/** Purchases (count) and revenue net of cancellations, per bucket and currency. */
export function salesByTime(db: Kysely<AnalyticsTables>, bucket: TimeBucket, timeZone: string, period: Period): Promise<BucketMoneyRow[]> {
  return db
    .selectFrom('purchase_fact as fact')
    .select([
      ...bucketColumns(bucket, 'fact.occurred_at', timeZone),
      'fact.currency',
      sql<string>`count(*) filter (where fact.kind = 'purchase')`.as('count'),
      sql<string>`sum(fact.amount)`.as('amount'),
    ])
    .where(inPeriod('fact.occurred_at', period))
    .groupBy(sql`1, 2, 3, fact.currency`)
    .execute() as unknown as Promise<BucketMoneyRow[]>;
}

/** Deals won (count) and their value, per bucket of the closing time and currency. */
export function wonDealsByTime(db: Kysely<AnalyticsTables>, bucket: TimeBucket, timeZone: string, period: Period): Promise<BucketMoneyRow[]> {
  return db
    .selectFrom('opportunity_fact as deal')
    .select([...bucketColumns(bucket, 'deal.closed_at', timeZone), 'deal.currency', sql<string>`count(*)`.as('count'), sql<string>`sum(deal.amount)`.as('amount')])
    .where('deal.outcome', '=', 'won')
    .where(inPeriod('deal.closed_at', period))
    .groupBy(sql`1, 2, 3, deal.currency`)
    .execute() as unknown as Promise<BucketMoneyRow[]>;
}
