import { sql, type Kysely, type RawBuilder } from 'kysely';
import { onAbsorbed, survivorIn } from '../shared/customer-merges.js';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, isCurrentAllTime, knownAt, type Period, type RecordedAxis } from './period.js';

export interface CustomerValueOptions extends Period, RecordedAxis {
  /** Reference date for recency; default the day after the last purchase in the period (per currency). */
  recencyAt?: Date;
  sort: 'revenue' | 'margin';
  /**
   * purchases: the buyers, ranked by `sort`. won-deals: the customers with a deal won in the period,
   * ranked by its value (the accounts of a B2B pipeline), their purchase figures beside it.
   */
  measure?: 'purchases' | 'won-deals';
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
  won_deals: string;
  won_amount: string;
  /** From here on null for a customer without purchases in the period (listed by its won deals). */
  last_purchase_at: Date | null;
  recency_days: number | null;
  recency_score: number | null;
  frequency_score: number | null;
  monetary_score: number | null;
}

/**
 * Revenue net of cancellations and returns, margin, purchases and complaints per customer (a survivor
 * with the records merged into it) and currency, with
 * RFM scores: score = 1 + floor(5 × b / n), b counting the customers (of that currency, with a
 * purchase in the period) whose value is strictly worse than this one's (fewer purchases, less
 * revenue, more days since the last purchase). Ties share a score, the worst value always scores 1
 * (one-time buyers get F = 1) and 5 is the best; the result does not depend on row order.
 */
export function customerValues(db: Kysely<AnalyticsTables>, options: CustomerValueOptions): Promise<CustomerValueRow[]> {
  const byPurchases = options.sort === 'margin' ? sql`margin desc nulls last, revenue desc` : sql`revenue desc`;
  const order = options.measure === 'won-deals' ? sql`won_amount desc, won_deals desc, revenue desc` : byPurchases;
  const lastDay = (column: string) => sql<string>`(${sql.ref(column)} at time zone 'UTC')::date`;
  return db
    .with('totals', () => customerTotals(db, options))
    // Per currency, the buyers scored, their last purchase, and each of the three measures sorted:
    // a listed customer's score counts the buyers below it by a binary search (width_bucket) in
    // them. Ranks by window functions sorted every buyer's whole row three times to list a hundred.
    .with('population', (qb) =>
      qb
        .selectFrom('totals')
        .select([
          'currency',
          sql<string>`count(*)`.as('buyers'),
          sql<Date>`max(last_purchase_at)`.as('latest_purchase_at'),
          sql<string[]>`array_agg(${lastDay('last_purchase_at')} order by ${lastDay('last_purchase_at')})`.as('last_days'),
          sql<string[]>`array_agg(purchases order by purchases)`.as('purchase_counts'),
          sql<string[]>`array_agg(-revenue order by -revenue)`.as('negated_revenues'),
        ])
        .groupBy('currency'),
    )
    .with('won', (qb) =>
      qb
        .selectFrom('opportunity_fact as deal')
        .leftJoin('customer_merge as merge', onAbsorbed('merge', 'deal.customer_id'))
        .select([survivorIn('merge', 'deal.customer_id').as('customer_id'), sql<string>`deal.currency`.as('currency'), sql<string>`count(*)`.as('won_deals'), sql<string>`sum(deal.amount)`.as('won_amount')])
        .where('deal.outcome', '=', 'won')
        .where(inPeriod('deal.closed_at', options))
        .where(knownAt('deal', options))
        .$if(options.currency !== undefined, (qb) => qb.where('deal.currency', '=', options.currency!))
        .groupBy(sql`1, 2`),
    )
    .with('listed', (qb) =>
      qb
        .selectFrom('totals')
        .fullJoin('won', (join) => join.onRef('won.customer_id', '=', 'totals.customer_id').onRef('won.currency', '=', 'totals.currency'))
        .select([
          sql<string>`coalesce(totals.customer_id, won.customer_id)`.as('customer_id'),
          sql<string>`coalesce(totals.currency, won.currency)`.as('currency'),
          sql<string>`coalesce(totals.revenue, 0)`.as('revenue'),
          'totals.margin',
          sql<string>`coalesce(totals.purchases, 0)`.as('purchases'),
          sql<string>`coalesce(totals.cancellations, 0)`.as('cancellations'),
          sql<string>`coalesce(totals.returns, 0)`.as('returns'),
          sql<string>`coalesce(won.won_deals, 0)`.as('won_deals'),
          sql<string>`coalesce(won.won_amount, 0)`.as('won_amount'),
          'totals.last_purchase_at',
        ])
        .where(options.measure === 'won-deals' ? sql<boolean>`won.customer_id is not null` : sql<boolean>`totals.customer_id is not null`)
        .orderBy(order)
        .orderBy(sql`customer_id`)
        .orderBy(sql`currency`)
        .limit(options.limit),
    )
    .with('recency', (qb) =>
      qb
        .selectFrom('listed')
        .leftJoin('population', 'population.currency', 'listed.currency')
        .selectAll('listed')
        .select([
          // Without asOf, the day after the last purchase: the most recent buyers are 1 day away, as usual in RFM.
          sql<number>`coalesce((${options.recencyAt ?? null}::timestamptz at time zone 'UTC')::date, ${lastDay('population.latest_purchase_at')} + 1)
            - ${lastDay('listed.last_purchase_at')}`.as('recency_days'),
          // Strictly worse: an earlier last purchase, fewer purchases, less revenue. Null without a purchase.
          rfmScore(sql`width_bucket(${lastDay('listed.last_purchase_at')} - 1, population.last_days)`).as('recency_score'),
          rfmScore(sql`width_bucket(listed.purchases - 1, population.purchase_counts)`).as('frequency_score'),
          rfmScore(sql`population.buyers - width_bucket(-listed.revenue, population.negated_revenues)`).as('monetary_score'),
        ]),
    )
    .selectFrom('recency as listed')
    .selectAll('listed')
    .select((eb) =>
      eb
        .selectFrom('touch_fact as touch')
        .select(sql<string>`count(*)`.as('complaints'))
        // The customer and its absorbed records as one list, not `= or in`: an OR kept the index on
        // (customer_id, type, occurred_at) out, and each listed customer read every touch.
        .where((touch) => {
          const absorbed = touch
            .selectFrom('customer_merge')
            .select(sql<string>`absorbed_id::text`.as('absorbed_id'))
            .where(sql`survivor_id::text`, '=', sql`listed.customer_id`);
          return sql<boolean>`touch.customer_id = any(array_prepend(listed.customer_id, array(${absorbed})))`;
        })
        .where('touch.type', '=', 'ComplaintFiled')
        .where(inPeriod('touch.occurred_at', options))
        .where(knownAt('touch', options))
        .as('complaints'),
    )
    .orderBy(order)
    .orderBy('listed.customer_id')
    .orderBy('listed.currency')
    .execute() as unknown as Promise<CustomerValueRow[]>;
}

/**
 * Per customer (a survivor with its absorbed records) and currency, the buyers' figures: over all
 * time now from the customer rollup; over a period, or as of a recorded time, from the facts (the
 * rollup keeps no time: a customer's purchases spread over days it would not shorten). Sums are
 * cast back to bigint: `sum(bigint)` is numeric, and sorting ≈30,000 numerics for the RFM scores
 * and the ranking took the report twice as long.
 */
function customerTotals(db: Kysely<AnalyticsTables>, options: CustomerValueOptions) {
  if (isCurrentAllTime(options)) {
    return db
      .selectFrom(rollupPerSurvivor(db, options.currency).as('fact'))
      .selectAll('fact')
      .where(sql<boolean>`fact.purchases > 0`);
  }
  return db
    .selectFrom('purchase_fact as fact')
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'fact.customer_id'))
    .select([
      survivorIn('merge', 'fact.customer_id').as('customer_id'),
      'fact.currency',
      sql<string>`sum(fact.amount)::bigint`.as('revenue'),
      sql<string | null>`case when bool_and(fact.cost is not null) filter (where fact.kind = 'purchase')
        then (sum(fact.amount) - coalesce(sum(fact.cost), 0))::bigint end`.as('margin'),
      sql<string>`count(*) filter (where fact.kind = 'purchase')`.as('purchases'),
      sql<string>`count(*) filter (where fact.kind = 'cancellation')`.as('cancellations'),
      sql<string>`count(*) filter (where fact.kind = 'return')`.as('returns'),
      sql<Date>`max(fact.occurred_at) filter (where fact.kind = 'purchase')`.as('last_purchase_at'),
    ])
    .where(inPeriod('fact.occurred_at', options))
    .where(knownAt('fact', options))
    .$if(options.currency !== undefined, (qb) => qb.where('fact.currency', '=', options.currency!))
    .groupBy(sql`1, 2`)
    // Only buyers are ranked and scored: a customer who only took goods back in the period is a returner.
    .having(sql<boolean>`count(*) filter (where fact.kind = 'purchase') > 0`);
}

/**
 * 1 + floor(5 × b / n) in integers, b counting the buyers of the currency strictly worse than this
 * one (width_bucket gives how many of a sorted array are ≤ its operand); n is `population.buyers`.
 */
function rfmScore(worse: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(1 + (5 * (${worse})) / population.buyers)::int`;
}

export interface BuyerCountRow {
  currency: string;
  buyers: string;
  returners: string;
}

/** Per currency: customers with a purchase in the period, and apart, those with a cancellation or return in it. */
export function buyerCounts(db: Kysely<AnalyticsTables>, options: Pick<CustomerValueOptions, 'from' | 'to' | 'currency' | 'asOf'>): Promise<BuyerCountRow[]> {
  // As customerTotals: the rollup answers all time now; a period or asOf reads the facts.
  if (isCurrentAllTime(options)) {
    return db
      .selectFrom(rollupPerSurvivor(db, options.currency).as('customers'))
      .select([
        'currency',
        sql<string>`count(*) filter (where purchases > 0)`.as('buyers'),
        sql<string>`count(*) filter (where cancellations + returns > 0)`.as('returners'),
      ])
      .groupBy('currency')
      .orderBy('currency')
      .execute();
  }
  return db
    .selectFrom('purchase_fact as fact')
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'fact.customer_id'))
    .select([
      'fact.currency',
      sql<string>`count(distinct ${survivorIn('merge', 'fact.customer_id')}) filter (where fact.kind = 'purchase')`.as('buyers'),
      sql<string>`count(distinct ${survivorIn('merge', 'fact.customer_id')}) filter (where fact.kind <> 'purchase')`.as('returners'),
    ])
    .where(inPeriod('fact.occurred_at', options))
    .where(knownAt('fact', options))
    .$if(options.currency !== undefined, (qb) => qb.where('fact.currency', '=', options.currency!))
    .groupBy('fact.currency')
    .orderBy('fact.currency')
    .execute();
}

/**
 * The customer rollup per survivor and currency. Only the rows of records in a merge are summed:
 * grouping all ≈30,000 buyers of the bench's log, to fold in the few merged ones, was half of the
 * customers report's time (a sort spilled to disk on the default work_mem).
 */
function rollupPerSurvivor(db: Kysely<AnalyticsTables>, currency: string | undefined) {
  const side = (column: 'absorbed_id' | 'survivor_id') => db.selectFrom('customer_merge').select(sql<string>`${sql.ref(column)}::text`.as('customer_id'));
  const inMerges = side('absorbed_id').unionAll(side('survivor_id'));
  const rollup = db.selectFrom('customer_rollup as fact').$if(currency !== undefined, (qb) => qb.where('fact.currency', '=', currency!));
  // The same figures both ways: a row as it is, or its survivor's rows summed.
  const figures = (of: (column: string) => RawBuilder<string>, lastPurchase: RawBuilder<Date | null>) =>
    [
      of('revenue').as('revenue'),
      sql<string | null>`case when ${of('purchases_without_cost')} = 0 then ${of('revenue')} - ${of('cost')} end`.as('margin'),
      of('purchases').as('purchases'),
      of('cancellations').as('cancellations'),
      of('returns').as('returns'),
      lastPurchase.as('last_purchase_at'),
    ] as const;
  const alone = rollup
    .select([sql<string>`fact.customer_id`.as('customer_id'), 'fact.currency', ...figures((column) => sql<string>`${sql.ref(`fact.${column}`)}`, sql<Date | null>`fact.last_purchase_at`)])
    // Not `not in`: past what work_mem hashes, that re-reads the merges for every row.
    .where((eb) => eb.not(eb.exists(eb.selectFrom(inMerges.as('merged')).select(sql`1`.as('one')).whereRef('merged.customer_id', '=', 'fact.customer_id'))));
  const merged = rollup
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'fact.customer_id'))
    .select([
      survivorIn('merge', 'fact.customer_id').as('customer_id'),
      'fact.currency',
      ...figures((column) => sql<string>`sum(${sql.ref(`fact.${column}`)})::bigint`, sql<Date | null>`max(fact.last_purchase_at)`),
    ])
    .where('fact.customer_id', 'in', inMerges)
    .groupBy(sql`1, 2`);
  return alone.unionAll(merged);
}
