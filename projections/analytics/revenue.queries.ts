import { sql, type Kysely, type RawBuilder } from 'kysely';
import { projectionSchema } from '#crm/projection-runner';
import { onAbsorbed, survivorIn } from '../shared/customer-merges.js';
import type { AnalyticsTables } from './analytics.tables.js';
import { inPeriod, knownAt, type Period, type RecordedAxis } from './period.js';

/**
 * What revenue is grouped by: a time bucket in a zone; an attribute, the owner or the organization
 * the customer had at the time (and that owner's manager or region, as the staff records them now,
 * like the salespeople report); the SKU of each line; or where the customer stands now (the
 * segments it is a member of, its lifecycle stage).
 */
export type RevenueGrouping =
  | { by: 'month' | 'weekday' | 'hour'; timeZone: string }
  | { by: 'attribute'; name: string }
  | { by: 'owner' | 'manager' | 'region' | 'organization' | 'sku' | 'segment' | 'lifecycle' };

export interface RevenueOptions extends Period, RecordedAxis {
  currency?: string;
  /** Only customers who are members of this segment now. */
  segmentId?: string;
}

export interface RevenueRow {
  /** The bucket (`2011-01`, ISO weekday `1`–`7`, hour `0`–`23`) or the value grouped by; null when a customer had none. */
  key: string | null;
  currency: string;
  customers: string;
  purchases: string;
  gross: string;
  returned: string;
  revenue: string;
}

// Tables of other projections, read where a grouping is by what the customer is now.
export const SEGMENT_MEMBERS = `${projectionSchema('segments')}.segment_member`;
const LIFECYCLE = `${projectionSchema('lifecycle')}.customer_lifecycle`;

function keyOf(grouping: RevenueGrouping): RawBuilder<string | null> {
  switch (grouping.by) {
    case 'attribute':
      return sql<string | null>`fact.attributes ->> ${grouping.name}`;
    case 'owner':
      return sql<string | null>`fact.owner_id`;
    case 'manager':
      return sql<string | null>`staff.manager_id`;
    case 'region':
      return sql<string | null>`staff.region`;
    case 'organization':
      return sql<string | null>`fact.organization_id`;
    case 'sku':
      return sql<string | null>`fact.sku`;
    case 'segment':
      return sql<string | null>`member.segment_id`;
    case 'lifecycle':
      return sql<string | null>`(select stage from ${sql.table(LIFECYCLE)} where customer_id::text = fact.customer_id)`;
  }
  const local = sql`(fact.occurred_at at time zone ${grouping.timeZone})`;
  if (grouping.by === 'month') return sql<string>`to_char(${local}, 'YYYY-MM')`;
  if (grouping.by === 'weekday') return sql<string>`extract(isodow from ${local})::int::text`;
  return sql<string>`extract(hour from ${local})::int::text`;
}

/**
 * Buyers, purchases, gross sales, what was taken back and net revenue per group and currency. By
 * SKU the figures are over lines: a purchase counts once in each SKU it holds, and its gross sales
 * are the amounts of those lines. By segment a customer counts in each segment it is a member of,
 * and under null when in none.
 */
export function revenueBy(db: Kysely<AnalyticsTables>, grouping: RevenueGrouping, options: RevenueOptions): Promise<RevenueRow[]> {
  // Both fact tables have the columns read here; the line table adds `sku`.
  return db
    .selectFrom(grouping.by === 'sku' ? 'purchase_line_fact as fact' : 'purchase_fact as fact')
    .$if(grouping.by === 'segment', (qb) =>
      qb.leftJoin(sql`${sql.table(SEGMENT_MEMBERS)}`.as('member'), (join) => join.on(sql`member.customer_id::text`, '=', sql`fact.customer_id`)),
    )
    .$if(grouping.by === 'manager' || grouping.by === 'region', (qb) => qb.leftJoin('staff', 'staff.staff_id', 'fact.owner_id'))
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'fact.customer_id'))
    .select([
      keyOf(grouping).as('key'),
      sql<string>`fact.currency`.as('currency'),
      sql<string>`count(distinct ${survivorIn('merge', 'fact.customer_id')}) filter (where fact.kind = 'purchase')`.as('customers'),
      sql<string>`count(distinct fact.event_id) filter (where fact.kind = 'purchase')`.as('purchases'),
      sql<string>`coalesce(sum(fact.amount) filter (where fact.kind = 'purchase'), 0)`.as('gross'),
      sql<string>`coalesce(-sum(fact.amount) filter (where fact.kind <> 'purchase'), 0)`.as('returned'),
      sql<string>`sum(fact.amount)`.as('revenue'),
    ])
    .where(inPeriod('fact.occurred_at', options))
    .where(knownAt('fact', options))
    .$if(options.currency !== undefined, (qb) => qb.where(sql`fact.currency`, '=', options.currency!))
    .$if(options.segmentId !== undefined, (qb) =>
      qb.where(sql<boolean>`fact.customer_id in (select customer_id::text from ${sql.table(SEGMENT_MEMBERS)} where segment_id = ${options.segmentId})`),
    )
    .groupBy(sql`1, 2`)
    .orderBy(sql`1 nulls last, 2`)
    .execute();
}
