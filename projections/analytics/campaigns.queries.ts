import { sql, type Kysely } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, knownAt, type Period, type RecordedAxis } from './period.js';

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

/** Promotions sent and answered in the period, per campaign. */
export function promotionCounts(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis): Promise<PromotionCountRow[]> {
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
 * customer (in the period) at most `windowDays` before it; cancellations are not subtracted.
 */
export function attributedPurchases(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis, windowDays: number): Promise<AttributedRow[]> {
  return db
    .selectFrom('purchase_fact as purchase')
    .innerJoinLateral(
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
    .select(['attributed.campaign_id', 'purchase.currency', sql<string>`count(*)`.as('purchases'), sql<string>`sum(purchase.amount)`.as('revenue')])
    .where('purchase.kind', '=', 'purchase')
    .where(knownAt('purchase', period))
    .groupBy(['attributed.campaign_id', 'purchase.currency'])
    .execute() as Promise<AttributedRow[]>;
}
