import { sql, type Kysely, type Transaction } from 'kysely';
import { touchEventTypes } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import type { Projection } from '#crm/projection-runner';
import { analyticsChanges, customersOf, type AnalyticsChanges } from './analytics-changes.js';
import { createAnalyticsTables, type AnalyticsTables } from './analytics.tables.js';

// Keeps each insert well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_INSERT = 1000;

export const ANALYTICS = 'analytics';

export const analyticsProjection: Projection = {
  name: ANALYTICS,
  // 2: index on touch_fact (customer_id, type, occurred_at).
  version: 2,
  eventTypes: [
    'StaffRegistered',
    'CustomerRegistered',
    'CustomerOwnerAssigned',
    'OpportunityOpened',
    'OpportunityWon',
    'OpportunityLost',
    ...touchEventTypes,
  ],
  createSchema: (db: Kysely<any>, schema: string) => createAnalyticsTables(db, schema),
  async applyBatch(trx: Transaction<any>, events: RecordedEvent[], { schema }) {
    const db = trx.withSchema(schema) as unknown as Kysely<AnalyticsTables>;
    const changes = analyticsChanges(events, await currentOwners(db, customersOf(events)));
    await write(db, changes);
  },
};

async function currentOwners(db: Kysely<AnalyticsTables>, customerIds: string[]): Promise<Map<string, string | null>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customer_owner').select(['customer_id', 'owner_id']).where('customer_id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.customer_id, row.owner_id]));
}

async function write(db: Kysely<AnalyticsTables>, changes: AnalyticsChanges): Promise<void> {
  for (const rows of chunks([...changes.staff.values()])) {
    await db
      .insertInto('staff')
      .values(rows)
      .onConflict((oc) => oc.column('staff_id').doUpdateSet({ manager_id: sql`excluded.manager_id`, region: sql`excluded.region` }))
      .execute();
  }
  const owners = [...changes.owners].map(([customer_id, owner_id]) => ({ customer_id, owner_id }));
  for (const rows of chunks(owners)) {
    await db
      .insertInto('customer_owner')
      .values(rows)
      .onConflict((oc) => oc.column('customer_id').doUpdateSet({ owner_id: sql`excluded.owner_id` }))
      .execute();
  }
  for (const rows of chunks(changes.touches)) await db.insertInto('touch_fact').values(rows).execute();
  for (const rows of chunks(changes.purchases)) await db.insertInto('purchase_fact').values(rows).execute();
  for (const rows of chunks(changes.promotions)) await db.insertInto('promotion_fact').values(rows).execute();
  for (const rows of chunks(changes.openedDeals)) await db.insertInto('opportunity_fact').values(rows).execute();
  for (const deal of changes.closedDeals) {
    await db
      .updateTable('opportunity_fact')
      .set({ closed_at: deal.closedAt, outcome: deal.outcome, amount: deal.amount, currency: deal.currency })
      .where('opportunity_id', '=', deal.opportunityId)
      .execute();
  }
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) yield rows.slice(start, start + ROWS_PER_INSERT);
}
