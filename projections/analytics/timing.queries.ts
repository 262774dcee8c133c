import { sql, type AliasedRawBuilder, type Kysely } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, knownAt, type Period, type RecordedAxis } from './period.js';

/** When: ISO weekday (1 = Monday) and/or hour, or the month as YYYY-MM, all in the given time zone. */
export type TimeBucket = 'weekday-hour' | 'weekday' | 'hour' | 'month';

export interface BucketMoneyRow {
  weekday: number | null;
  hour: number | null;
  month: string | null;
  currency: string;
  count: string;
  amount: string;
  /** Sales only: purchases before what was taken back, and cancellations and returns (positive). */
  gross: string | null;
  returned: string | null;
}

/**
 * `day`: a column holding the day itself when the source gave no time (a deal's closed_on); such a
 * fact is at the start of that day in every zone.
 */
function bucketColumns(bucket: TimeBucket, column: string, timeZone: string, day?: string): AliasedRawBuilder<unknown, 'weekday' | 'hour' | 'month'>[] {
  const atZone = sql`(${sql.ref(column)} at time zone ${timeZone})`;
  const local = day === undefined ? atZone : sql`coalesce(${sql.ref(day)}::timestamp, ${atZone})`;
  const weekday = bucket === 'weekday-hour' || bucket === 'weekday' ? sql`extract(isodow from ${local})::int` : sql`null::int`;
  const hour = bucket === 'weekday-hour' || bucket === 'hour' ? sql`extract(hour from ${local})::int` : sql`null::int`;
  const month = bucket === 'month' ? sql`to_char(${local}, 'YYYY-MM')` : sql`null::text`;
  return [weekday.as('weekday'), hour.as('hour'), month.as('month')];
}

/** Purchases (count), gross sales, what was taken back and revenue net of it, per bucket and currency. */
export function salesByTime(db: Kysely<AnalyticsTables>, bucket: TimeBucket, timeZone: string, period: Period & RecordedAxis): Promise<BucketMoneyRow[]> {
  return db
    .selectFrom('purchase_fact as fact')
    .select([
      ...bucketColumns(bucket, 'fact.occurred_at', timeZone),
      'fact.currency',
      sql<string>`count(*) filter (where fact.kind = 'purchase')`.as('count'),
      sql<string>`sum(fact.amount)`.as('amount'),
      sql<string>`coalesce(sum(fact.amount) filter (where fact.kind = 'purchase'), 0)`.as('gross'),
      sql<string>`coalesce(-sum(fact.amount) filter (where fact.kind <> 'purchase'), 0)`.as('returned'),
    ])
    .where(inPeriod('fact.occurred_at', period))
    .where(knownAt('fact', period))
    .groupBy(sql`1, 2, 3, fact.currency`)
    .execute() as unknown as Promise<BucketMoneyRow[]>;
}

/** Deals won (count) and their value, per bucket of the closing time (or day) and currency. */
export function wonDealsByTime(db: Kysely<AnalyticsTables>, bucket: TimeBucket, timeZone: string, period: Period & RecordedAxis): Promise<BucketMoneyRow[]> {
  return db
    .selectFrom('opportunity_fact as deal')
    .select([
      ...bucketColumns(bucket, 'deal.closed_at', timeZone, 'deal.closed_on'),
      'deal.currency',
      sql<string>`count(*)`.as('count'),
      sql<string>`sum(deal.amount)`.as('amount'),
      sql<null>`null`.as('gross'),
      sql<null>`null`.as('returned'),
    ])
    .where('deal.outcome', '=', 'won')
    .where(inPeriod('deal.closed_at', period))
    .where(knownAt('deal', period))
    .groupBy(sql`1, 2, 3, deal.currency`)
    .execute() as unknown as Promise<BucketMoneyRow[]>;
}
