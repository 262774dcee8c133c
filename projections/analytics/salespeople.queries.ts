import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { DAY_MS } from './analytics-rollups.js';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, inPeriods, knownAt, splitPeriod, type Period, type RecordedAxis } from './period.js';
import { SEGMENT_MEMBERS } from './revenue.queries.js';

/** Who the figures are grouped by: the deal's or customer's owner, their manager, their region. */
export type SalesGrouping = 'owner' | 'manager' | 'region';

/**
 * Deals also group by what they sell, by the organization of their customer (an organization's
 * is itself) and by an attribute their customer has now (`sector`).
 */
export type DealGrouping = SalesGrouping | 'product' | 'organization' | { attribute: string };

export interface DealCountRow {
  key: string | null;
  opened: string;
  won: string;
  lost: string;
  average_days_to_close: string | null;
}

export interface KeyedAmountRow {
  key: string | null;
  currency: string;
  amount: string;
}

export interface TouchCountRow {
  key: string;
  count: string;
  call_seconds: string;
}

function groupKey(grouping: SalesGrouping, ownerColumn: string): RawBuilder<string> {
  if (grouping === 'owner') return sql<string>`${sql.ref(ownerColumn)}`;
  return sql<string>`${sql.ref(grouping === 'manager' ? 'staff.manager_id' : 'staff.region')}`;
}

function dealKey(grouping: DealGrouping): RawBuilder<string | null> {
  if (typeof grouping === 'object') return sql<string | null>`customer.attributes ->> ${grouping.attribute}`;
  if (grouping === 'product') return sql<string | null>`deal.product`;
  if (grouping === 'organization') return sql<string | null>`organization.organization_id`;
  return groupKey(grouping, 'deal.owner_id');
}

/** Staff groupings leave out deals whose owner has no manager or region; the others keep them under null. */
const staffOnly = (grouping: DealGrouping) => grouping === 'manager' || grouping === 'region';

/** Which deals count: those closed or opened in the period, and of these the ones below. */
export interface DealFilters extends Period, RecordedAxis {
  /** Only deals in this currency (won: the won amount's; otherwise the expected amount's). */
  currency?: string;
  /** Only deals of customers who are members of this segment now. */
  segmentId?: string;
}

/** The deals, with what the keys above read: the owner's staff row, the customer's organization and attributes now. */
const deals = (db: Kysely<AnalyticsTables>, filters: DealFilters) =>
  db
    .selectFrom('opportunity_fact as deal')
    .leftJoin('staff', 'staff.staff_id', 'deal.owner_id')
    .leftJoin('customer_organization as organization', 'organization.customer_id', 'deal.customer_id')
    .leftJoin('customer_attributes as customer', 'customer.customer_id', 'deal.customer_id')
    .where(knownAt('deal', filters))
    .$if(filters.currency !== undefined, (qb) => qb.where('deal.currency', '=', filters.currency!))
    .$if(filters.segmentId !== undefined, (qb) =>
      qb.where(sql<boolean>`deal.customer_id in (select customer_id::text from ${sql.table(SEGMENT_MEMBERS)} where segment_id = ${filters.segmentId})`),
    );

/** Opened counts by opening time; won, lost and time to close by closing time. */
export function dealCounts(db: Kysely<AnalyticsTables>, grouping: DealGrouping, period: DealFilters): Promise<DealCountRow[]> {
  const key = dealKey(grouping);
  const closed = inPeriod('deal.closed_at', period);
  return deals(db, period)
    .select([
      key.as('key'),
      sql<string>`count(*) filter (where ${inPeriod('deal.opened_at', period)})`.as('opened'),
      sql<string>`count(*) filter (where deal.outcome = 'won' and ${closed})`.as('won'),
      sql<string>`count(*) filter (where deal.outcome = 'lost' and ${closed})`.as('lost'),
      sql<string | null>`avg(extract(epoch from deal.closed_at - deal.opened_at) / 86400) filter (where deal.outcome = 'won' and ${closed})`.as(
        'average_days_to_close',
      ),
    ])
    .$if(staffOnly(grouping), (qb) => qb.where(key, 'is not', null))
    // By position: an attribute's key holds a parameter, and PostgreSQL matches a repeated one only by position.
    .groupBy(sql`1`)
    .execute() as Promise<DealCountRow[]>;
}

export function wonAmounts(db: Kysely<AnalyticsTables>, grouping: DealGrouping, period: DealFilters): Promise<KeyedAmountRow[]> {
  const key = dealKey(grouping);
  return deals(db, period)
    .select([key.as('key'), 'deal.currency', sql<string>`sum(deal.amount)`.as('amount')])
    .where('deal.outcome', '=', 'won')
    .where(inPeriod('deal.closed_at', period))
    .$if(staffOnly(grouping), (qb) => qb.where(key, 'is not', null))
    .groupBy(sql`1, 2`)
    .execute() as Promise<KeyedAmountRow[]>;
}

/** Touches with customers, credited to whoever owned the customer when the touch happened. */
export function touchCounts(db: Kysely<AnalyticsTables>, grouping: SalesGrouping, period: Period & RecordedAxis): Promise<TouchCountRow[]> {
  const key = groupKey(grouping, 'touch.owner_id');
  return db
    .selectFrom(touches(db, period).as('touch'))
    .leftJoin('staff', 'staff.staff_id', 'touch.owner_id')
    .select([key.as('key'), sql<string>`sum(touch.touches)`.as('count'), sql<string>`coalesce(sum(touch.call_seconds), 0)`.as('call_seconds')])
    .where(key, 'is not', null)
    .groupBy(key)
    .execute() as Promise<TouchCountRow[]>;
}

/**
 * The touches of the period, as (owner, touches, call seconds) rows: today's whole UTC days from the
 * rollup and the rest of the period from the facts; as of a recorded time, all from the facts.
 */
function touches(db: Kysely<AnalyticsTables>, period: Period & RecordedAxis) {
  const facts = (within: RawBuilder<SqlBool>) =>
    db
      .selectFrom('touch_fact as fact')
      .select(['fact.owner_id', sql<number>`1`.as('touches'), sql<number>`coalesce(fact.duration_seconds, 0)`.as('call_seconds')])
      .where(within)
      .where(knownAt('fact', period));
  if (period.asOf !== undefined) return facts(inPeriod('fact.occurred_at', period));
  const { whole, ends } = splitPeriod(period, DAY_MS);
  return db
    .selectFrom('touch_rollup as rollup')
    .select([sql<string | null>`rollup.owner_id`.as('owner_id'), sql<number>`rollup.facts`.as('touches'), sql<number>`rollup.call_seconds`.as('call_seconds')])
    .where(whole === null ? sql<SqlBool>`false` : inPeriod('rollup.day', whole))
    .unionAll(facts(inPeriods('fact.occurred_at', ends)));
}
