import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, type Period } from './period.js';

/** Who the figures are grouped by: the deal's or customer's owner, their manager, their region. */
export type SalesGrouping = 'owner' | 'manager' | 'region';

export interface DealCountRow {
  key: string;
  opened: string;
  won: string;
  lost: string;
  average_days_to_close: string | null;
}

export interface KeyedAmountRow {
  key: string;
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

/** Opened counts by opening time; won, lost and time to close by closing time. */
export function dealCounts(db: Kysely<AnalyticsTables>, grouping: SalesGrouping, period: Period): Promise<DealCountRow[]> {
  const key = groupKey(grouping, 'deal.owner_id');
  const closed = inPeriod('deal.closed_at', period);
  return db
    .selectFrom('opportunity_fact as deal')
    .leftJoin('staff', 'staff.staff_id', 'deal.owner_id')
    .select([
      key.as('key'),
      sql<string>`count(*) filter (where ${inPeriod('deal.opened_at', period)})`.as('opened'),
      sql<string>`count(*) filter (where deal.outcome = 'won' and ${closed})`.as('won'),
      sql<string>`count(*) filter (where deal.outcome = 'lost' and ${closed})`.as('lost'),
      sql<string | null>`avg(extract(epoch from deal.closed_at - deal.opened_at) / 86400) filter (where deal.outcome = 'won' and ${closed})`.as(
        'average_days_to_close',
      ),
    ])
    .where(key, 'is not', null)
    .groupBy(key)
    .execute() as Promise<DealCountRow[]>;
}

export function wonAmounts(db: Kysely<AnalyticsTables>, grouping: SalesGrouping, period: Period): Promise<KeyedAmountRow[]> {
  const key = groupKey(grouping, 'deal.owner_id');
  return db
    .selectFrom('opportunity_fact as deal')
    .leftJoin('staff', 'staff.staff_id', 'deal.owner_id')
    .select([key.as('key'), 'deal.currency', sql<string>`sum(deal.amount)`.as('amount')])
    .where('deal.outcome', '=', 'won')
    .where(inPeriod('deal.closed_at', period))
    .where(key, 'is not', null)
    .groupBy([key, 'deal.currency'])
    .execute() as Promise<KeyedAmountRow[]>;
}

/** Touches with customers, credited to whoever owned the customer when the touch happened. */
export function touchCounts(db: Kysely<AnalyticsTables>, grouping: SalesGrouping, period: Period): Promise<TouchCountRow[]> {
  const key = groupKey(grouping, 'touch.owner_id');
  return db
    .selectFrom('touch_fact as touch')
    .leftJoin('staff', 'staff.staff_id', 'touch.owner_id')
    .select([key.as('key'), sql<string>`count(*)`.as('count'), sql<string>`coalesce(sum(touch.duration_seconds), 0)`.as('call_seconds')])
    .where(inPeriod('touch.occurred_at', period))
    .where(key, 'is not', null)
    .groupBy(key)
    .execute() as Promise<TouchCountRow[]>;
}
