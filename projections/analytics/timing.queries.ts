import { sql, type AliasedRawBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { HOUR_MS } from './analytics-rollups.js';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, inPeriods, knownAt, splitPeriod, type Period, type RecordedAxis } from './period.js';

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
export async function salesByTime(db: Kysely<AnalyticsTables>, bucket: TimeBucket, timeZone: string, period: Period & RecordedAxis): Promise<BucketMoneyRow[]> {
  return db
    .selectFrom((await sales(db, timeZone, period)).as('fact'))
    .select([
      ...bucketColumns(bucket, 'fact.occurred_at', timeZone),
      'fact.currency',
      sql<string>`sum(fact.purchases)`.as('count'),
      sql<string>`sum(fact.amount)`.as('amount'),
      sql<string>`coalesce(sum(fact.gross), 0)`.as('gross'),
      sql<string>`coalesce(sum(fact.returned), 0)`.as('returned'),
    ])
    .groupBy(sql`1, 2, 3, fact.currency`)
    .execute() as unknown as Promise<BucketMoneyRow[]>;
}

/**
 * The sales of the period as (time, currency, purchases, amount, gross, returned) rows: today's
 * whole UTC hours from the rollup, at the hour's start, and the rest of the period from the facts.
 * An hour's start falls in the same local hour, weekday and month as every instant in it only where
 * the zone's offset is whole hours all through it; in a zone with a half or quarter hour offset (or
 * a shift in the middle of an hour) in the period, and as of a recorded time, all from the facts.
 */
async function sales(db: Kysely<AnalyticsTables>, timeZone: string, period: Period & RecordedAxis) {
  const facts = (within: RawBuilder<SqlBool>) =>
    db
      .selectFrom('purchase_fact as fact')
      .select([
        'fact.occurred_at',
        'fact.currency',
        sql<string>`(fact.kind = 'purchase')::int`.as('purchases'),
        'fact.amount',
        sql<string>`case when fact.kind = 'purchase' then fact.amount else 0 end`.as('gross'),
        sql<string>`case when fact.kind = 'purchase' then 0 else -fact.amount end`.as('returned'),
      ])
      .where(within)
      .where(knownAt('fact', period));
  if (period.asOf !== undefined) return facts(inPeriod('fact.occurred_at', period));
  const { whole, ends } = splitPeriod(period, HOUR_MS);
  const inWhole = whole === null ? sql<SqlBool>`false` : inPeriod('rollup.hour', whole);
  const local = (at: RawBuilder<unknown>) => sql`(${at} at time zone ${timeZone}::text)`;
  const hour = sql`rollup.hour`;
  const shifted = await db
    .selectFrom('sales_rollup as rollup')
    .select('rollup.hour')
    .where(inWhole)
    .where(
      sql<SqlBool>`date_trunc('hour', ${local(hour)}) <> ${local(hour)} or ${local(sql`(${hour} + interval '1 hour')`)} - ${local(hour)} <> interval '1 hour'`,
    )
    .limit(1)
    .executeTakeFirst();
  if (shifted !== undefined) return facts(inPeriod('fact.occurred_at', period));
  return db
    .selectFrom('sales_rollup as rollup')
    .select(['rollup.hour as occurred_at', 'rollup.currency', 'rollup.purchases', 'rollup.amount', 'rollup.gross', 'rollup.returned'])
    .where(inWhole)
    .unionAll(facts(inPeriods('fact.occurred_at', ends)));
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
