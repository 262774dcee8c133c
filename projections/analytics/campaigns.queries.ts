import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, isCurrentAllTime, knownAt, type Period, type RecordedAxis } from './period.js';

export interface PromotionCountRow {
  campaign_id: string;
  sent: string;
  customers_reached: string;
  answered: string;
  opened: string;
  clicked: string;
  accepted: string;
  declined: string;
}

export interface AttributedRow {
  campaign_id: string;
  currency: string;
  purchases: string;
  revenue: string;
}

/** The attribution window reports use unless asked for another; the attribution rollup is kept for it. */
export const DEFAULT_ATTRIBUTION_DAYS = 14;

/** Promotions sent and answered in the period, per campaign. */
export function promotionCounts(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis): Promise<PromotionCountRow[]> {
  // The rollup is per customer over all time (customers reached is a distinct count): a period, or asOf, reads the facts.
  if (isCurrentAllTime(period)) {
    return db
      .selectFrom('promotion_rollup as promotion')
      .select([
        'promotion.campaign_id',
        sql<string>`sum(promotion.sent)`.as('sent'),
        sql<string>`count(*) filter (where promotion.sent > 0)`.as('customers_reached'),
        sql<string>`sum(promotion.answered)`.as('answered'),
        sql<string>`sum(promotion.opened)`.as('opened'),
        sql<string>`sum(promotion.clicked)`.as('clicked'),
        sql<string>`sum(promotion.accepted)`.as('accepted'),
        sql<string>`sum(promotion.declined)`.as('declined'),
      ])
      .groupBy('promotion.campaign_id')
      .execute() as Promise<PromotionCountRow[]>;
  }
  const answered = (response: string) => sql<string>`count(*) filter (where promotion.kind = 'answered' and promotion.response = ${response})`;
  return db
    .selectFrom('promotion_fact as promotion')
    .select([
      'promotion.campaign_id',
      sql<string>`count(*) filter (where promotion.kind = 'sent')`.as('sent'),
      sql<string>`count(distinct promotion.customer_id) filter (where promotion.kind = 'sent')`.as('customers_reached'),
      sql<string>`count(*) filter (where promotion.kind = 'answered')`.as('answered'),
      answered('opened').as('opened'),
      answered('clicked').as('clicked'),
      answered('accepted').as('accepted'),
      answered('declined').as('declined'),
    ])
    .where(inPeriod('promotion.occurred_at', period))
    .where(knownAt('promotion', period))
    .groupBy('promotion.campaign_id')
    .execute() as Promise<PromotionCountRow[]>;
}

/**
 * Last-touch attribution: each purchase goes to the campaign of the latest promotion sent to its
 * customer (in the period) at most `windowDays` before it, with its revenue net of what was taken
 * back of that order (cancellations and returns linked to it, whenever they came): a campaign is
 * not credited with sales the shop refunded. A return without a known order is no one's.
 */
export function attributedPurchases(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis, windowDays: number): Promise<AttributedRow[]> {
  // The rollup holds the default window over all time: another window, a period, or asOf reads the facts.
  if (isCurrentAllTime(period) && windowDays === DEFAULT_ATTRIBUTION_DAYS) {
    return db
      .selectFrom('attribution_rollup')
      .where('campaign_id', 'is not', null)
      .select(['campaign_id', 'currency', sql<string>`sum(purchases)`.as('purchases'), sql<string>`sum(revenue)`.as('revenue')])
      .groupBy(['campaign_id', 'currency'])
      .execute() as Promise<AttributedRow[]>;
  }
  return attributions(db, period, windowDays)
    .where('attributed.campaign_id', 'is not', null)
    .select(['attributed.campaign_id', 'purchase.currency', sql<string>`count(*)`.as('purchases'), sql<string>`sum(${netAmount(db, period)})`.as('revenue')])
    .groupBy(['attributed.campaign_id', 'purchase.currency'])
    .execute() as Promise<AttributedRow[]>;
}

/** A purchase's amount less what cancellations and returns linked to its order took back (their amounts are negative). */
export function netAmount(db: Kysely<AnalyticsTables>, axis: RecordedAxis): RawBuilder<string> {
  const takenBack = db
    .selectFrom('purchase_fact as back')
    .select(sql<string>`sum(back.amount)`.as('amount'))
    .where(sql<SqlBool>`back.customer_id = purchase.customer_id and back.order_id = purchase.order_id`)
    .where('back.kind', '<>', 'purchase')
    .where(knownAt('back', axis));
  return sql<string>`(purchase.amount + coalesce((${takenBack}), 0))`;
}

/** Each purchase joined to the campaign it is attributed to (`attributed`), null when none. */
export function attributions(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis, windowDays: number) {
  return db
    .selectFrom('purchase_fact as purchase')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('promotion_fact as sent')
          .select('sent.campaign_id')
          .whereRef('sent.customer_id', '=', 'purchase.customer_id')
          .where('sent.kind', '=', 'sent')
          .where(inPeriod('sent.occurred_at', period))
          .where(knownAt('sent', period))
          .whereRef('sent.occurred_at', '<=', 'purchase.occurred_at')
          .where(sql<boolean>`sent.occurred_at > purchase.occurred_at - make_interval(days => ${windowDays})`)
          .orderBy('sent.occurred_at', 'desc')
          .orderBy('sent.event_id', 'desc')
          .limit(1)
          .as('attributed'),
      (join) => join.onTrue(),
    )
    .where('purchase.kind', '=', 'purchase')
    .where(knownAt('purchase', period));
}
