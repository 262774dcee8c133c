import { sql, type Kysely } from 'kysely';
import { eventAmount, touchEventTypes, type AttributeValue, type TouchCorrectionEvent } from '#crm/domain';
import { defineProjection, eventTypeSet } from '#crm/projection-runner';
import { analyticsChanges, customersOf, type AnalyticsChanges, type AnalyticsEvent } from './analytics-changes.js';
import { analyticsTables, type AnalyticsTables } from './analytics.tables.js';

// Keeps each insert well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_INSERT = 1000;

export const ANALYTICS = 'analytics';

export const analyticsProjection = defineProjection<AnalyticsEvent>()({
  name: ANALYTICS,
  // 2: index on touch_fact (customer_id, type, occurred_at). 3: returns (ReturnRecorded) in purchase_fact,
  // customer_attributes, and the attributes on each purchase fact. 4: touch_fact.duration_seconds; voids and corrections;
  // owner and organization on each purchase fact, customer_organization, purchase_line_fact (revenue by SKU), the deal's
  // product and closing day. 5: an open or lost deal carries its expected amount's currency (the deals report filters by it).
  version: 5,
  handles: {
    StaffRegistered: true,
    CustomerRegistered: true,
    CustomerOwnerAssigned: true,
    CustomerAttributesChanged: true,
    CustomerDetailsChanged: true,
    OpportunityOpened: true,
    OpportunityUpdated: true,
    OpportunityWon: true,
    OpportunityLost: true,
    ...eventTypeSet(touchEventTypes),
    TouchVoided: true,
    TouchCorrected: true,
  },
  tables: analyticsTables,
  async applyBatch(trx, events) {
    const customers = customersOf(events);
    const [owners, organizations, attributes] = await Promise.all([
      currentOwners(trx, customers),
      currentOrganizations(trx, customers),
      currentAttributes(trx, customers),
    ]);
    const changes = analyticsChanges(events, { owners, organizations, attributes });
    await write(trx, changes);
  },
});

async function currentOwners(db: Kysely<AnalyticsTables>, customerIds: string[]): Promise<Map<string, string | null>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customer_owner').select(['customer_id', 'owner_id']).where('customer_id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.customer_id, row.owner_id]));
}

async function currentOrganizations(db: Kysely<AnalyticsTables>, customerIds: string[]): Promise<Map<string, string | null>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customer_organization').select(['customer_id', 'organization_id']).where('customer_id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.customer_id, row.organization_id]));
}

async function currentAttributes(db: Kysely<AnalyticsTables>, customerIds: string[]): Promise<Map<string, Record<string, AttributeValue>>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customer_attributes').select(['customer_id', 'attributes']).where('customer_id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.customer_id, row.attributes]));
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
  const organizations = [...changes.organizations].map(([customer_id, organization_id]) => ({ customer_id, organization_id }));
  for (const rows of chunks(organizations)) {
    await db
      .insertInto('customer_organization')
      .values(rows)
      .onConflict((oc) => oc.column('customer_id').doUpdateSet({ organization_id: sql`excluded.organization_id` }))
      .execute();
  }
  const attributes = [...changes.attributes].map(([customer_id, values]) => ({ customer_id, attributes: JSON.stringify(values) }));
  for (const rows of chunks(attributes)) {
    await db
      .insertInto('customer_attributes')
      .values(rows)
      .onConflict((oc) => oc.column('customer_id').doUpdateSet({ attributes: sql`excluded.attributes` }))
      .execute();
  }
  for (const rows of chunks(changes.touches)) await db.insertInto('touch_fact').values(rows).execute();
  for (const rows of chunks(changes.purchases)) await db.insertInto('purchase_fact').values(rows).execute();
  for (const rows of chunks(changes.purchaseLines)) await db.insertInto('purchase_line_fact').values(rows).execute();
  for (const rows of chunks(changes.promotions)) await db.insertInto('promotion_fact').values(rows).execute();
  for (const rows of chunks(changes.openedDeals)) await db.insertInto('opportunity_fact').values(rows).execute();
  // A deal's outcome counts for whoever owns it when it closes: an edit hands over the whole deal.
  for (const [opportunityId, ownerId] of changes.dealOwners) {
    await db.updateTable('opportunity_fact').set({ owner_id: ownerId }).where('opportunity_id', '=', opportunityId).execute();
  }
  for (const [opportunityId, currency] of changes.dealCurrencies) {
    await db.updateTable('opportunity_fact').set({ currency }).where('opportunity_id', '=', opportunityId).execute();
  }
  // A won deal is in the currency it was won in; a lost one stays in its expected amount's.
  for (const deal of changes.closedDeals) {
    await db
      .updateTable('opportunity_fact')
      .set({
        closed_at: deal.closedAt,
        closed_on: deal.closedOn,
        outcome: deal.outcome,
        amount: deal.amount,
        ...(deal.currency !== null && { currency: deal.currency }),
      })
      .where('opportunity_id', '=', deal.opportunityId)
      .execute();
  }
  for (const amendment of changes.amendments) await amend(db, amendment);
}

/** A voided touch leaves every fact; a corrected one's facts take its corrected values. */
async function amend(db: Kysely<AnalyticsTables>, event: TouchCorrectionEvent): Promise<void> {
  const eventId = event.data.touchEventId;
  if (event.type === 'TouchVoided') {
    await db.deleteFrom('touch_fact').where('event_id', '=', eventId).execute();
    await db.deleteFrom('purchase_fact').where('event_id', '=', eventId).execute();
    await db.deleteFrom('promotion_fact').where('event_id', '=', eventId).execute();
    return;
  }
  const touch = event.data.corrected;
  const occurredAt = new Date(touch.data.occurredAt);
  const duration = touch.type === 'CallLogged' ? { duration_seconds: touch.data.durationSeconds } : {};
  await db
    .updateTable('touch_fact')
    .set({ occurred_at: occurredAt, ...duration })
    .where('event_id', '=', eventId)
    .execute();
  const money = eventAmount(touch);
  if (money) {
    const cost = touch.type === 'PurchaseRecorded' ? { cost: touch.data.cost } : {};
    await db
      .updateTable('purchase_fact')
      .set({ occurred_at: occurredAt, amount: money.amount, ...cost })
      .where('event_id', '=', eventId)
      .execute();
  }
  if (touch.type === 'PromotionSent' || touch.type === 'PromotionAnswered') {
    const response = touch.type === 'PromotionAnswered' ? { response: touch.data.response } : {};
    await db
      .updateTable('promotion_fact')
      .set({ occurred_at: occurredAt, ...response })
      .where('event_id', '=', eventId)
      .execute();
  }
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) yield rows.slice(start, start + ROWS_PER_INSERT);
}
