import { sql, type Insertable, type Kysely, type RawBuilder } from 'kysely';
import { eventAmount, touchEventTypes, type AttributeValue } from '#crm/domain';
import { defineProjection, eventTypeSet, type Recorded, type TablesContext } from '#crm/projection-runner';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { analyticsChanges, customersOf, type AnalyticsChanges, type AnalyticsEvent, type Amendment } from './analytics-changes.js';
import { buildRollups, keepRollups, noDeltas, type FactDeltas } from './analytics-rollups.js';
import { analyticsTables, type AnalyticsTables } from './analytics.tables.js';

// Keeps each insert well under PostgreSQL's 65,535 bind parameters.
const ROWS_PER_INSERT = 1000;

export const ANALYTICS = 'analytics';

export const analyticsProjection = defineProjection<AnalyticsEvent | CustomerMergeEvent>()({
  name: ANALYTICS,
  // 2: index on touch_fact (customer_id, type, occurred_at). 3: returns (ReturnRecorded) in purchase_fact,
  // customer_attributes, and the attributes on each purchase fact. 4: touch_fact.duration_seconds; voids and corrections;
  // owner and organization on each purchase fact, customer_organization, purchase_line_fact (revenue by SKU), the deal's
  // product and closing day. 5: every fact row a version (recorded_at, superseded_at), for reports as of a recorded time.
  // 6: an open or lost deal carries its expected amount's currency (the deals report filters by it).
  // 7: merges (customer_merge): reports count a survivor and its absorbed records as one customer.
  // 8: rollups (touch, sales, customer, promotion, attribution) that today's reports read instead of the facts.
  // 9: attribution_rollup.revenue net of the cancellations and returns linked to the attributed purchases.
  version: 9,
  handles: {
    ...customerMergeHandles,
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
  async applyBatch(trx, batch, { rebuilding, copy }) {
    await applyCustomerMerges(trx, batch);
    const events = batch.filter((event): event is Recorded<AnalyticsEvent> => !isCustomerMergeEvent(event));
    const customers = customersOf(events);
    const [owners, organizations, attributes] = await Promise.all([
      currentOwners(trx, customers),
      currentOrganizations(trx, customers),
      currentAttributes(trx, customers),
    ]);
    const changes = analyticsChanges(events, { owners, organizations, attributes });
    await write(trx, changes, { rollups: !rebuilding, copy });
  },
  // Kept row by row, the rollups were half the projection's rebuild time; summed from the finished facts, seconds.
  completeRebuild: (trx) => buildRollups(trx),
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

async function write(db: Kysely<AnalyticsTables>, changes: AnalyticsChanges, { rollups, copy }: { rollups: boolean; copy: TablesContext<typeof analyticsTables>['copy'] }): Promise<void> {
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
  // New facts, one version each: nothing else writes their keys first.
  const insertFacts = async <K extends FactTable>(table: K, rows: readonly Insertable<AnalyticsTables[K]>[]) => {
    if (copy) return copy(table, rows);
    for (const chunk of chunks(rows)) await db.insertInto(table).values(chunk as never).execute();
  };
  await insertFacts('touch_fact', changes.touches);
  await insertFacts('purchase_fact', changes.purchases);
  await insertFacts('purchase_line_fact', changes.purchaseLines);
  await insertFacts('promotion_fact', changes.promotions);
  await insertFacts('opportunity_fact', changes.openedDeals);
  const deltas = noDeltas();
  deltas.touch_fact.push(...changes.touches.map((row) => ({ row, sign: 1 as const })));
  deltas.purchase_fact.push(...changes.purchases.map((row) => ({ row, sign: 1 as const })));
  deltas.promotion_fact.push(...changes.promotions.map((row) => ({ row, sign: 1 as const })));
  for (const deal of changes.dealRevisions) await revise(db, 'opportunity_fact', sql`opportunity_id = ${deal.opportunityId}`, deal.set, deal.recordedAt);
  for (const amendment of changes.amendments) await amend(db, amendment, deltas);
  if (rollups) await keepRollups(db, deltas);
}

type FactTable = 'touch_fact' | 'purchase_fact' | 'purchase_line_fact' | 'promotion_fact' | 'opportunity_fact';

/**
 * Supersedes the current versions of the rows `which` picks at `recordedAt` and, unless `set` is
 * null (a void), writes each again as a new version with `set` applied.
 */
async function revise(
  db: Kysely<AnalyticsTables>,
  table: FactTable,
  which: RawBuilder<boolean>,
  set: Record<string, unknown> | null,
  recordedAt: Date,
  deltas?: FactDeltas,
): Promise<void> {
  const rows = await db.updateTable(table).set({ superseded_at: recordedAt }).where(which).where('superseded_at', 'is', null).returningAll().execute();
  // The rows come from `table` itself, so they fit it; the compiler cannot follow that over the union of tables.
  const rolledUp = deltas && table in deltas ? (deltas[table as keyof FactDeltas] as { row: unknown; sign: 1 | -1 }[]) : undefined;
  rolledUp?.push(...rows.map((row) => ({ row, sign: -1 as const })));
  if (set === null || rows.length === 0) return;
  const revised = rows.map((row) => ({ ...row, ...set, version: row.version + 1, recorded_at: recordedAt, superseded_at: null }));
  rolledUp?.push(...revised.map((row) => ({ row, sign: 1 as const })));
  await db.insertInto(table).values(revised as never).execute();
}

/** A voided touch leaves every fact; a corrected one's facts take its corrected values. */
async function amend(db: Kysely<AnalyticsTables>, { event, recordedAt }: Amendment, deltas: FactDeltas): Promise<void> {
  const touchFact = sql<boolean>`event_id = ${event.data.touchEventId}`;
  if (event.type === 'TouchVoided') {
    for (const table of ['touch_fact', 'purchase_fact', 'purchase_line_fact', 'promotion_fact'] as const) await revise(db, table, touchFact, null, recordedAt, deltas);
    return;
  }
  const touch = event.data.corrected;
  const occurredAt = new Date(touch.data.occurredAt);
  await revise(db, 'touch_fact', touchFact, { occurred_at: occurredAt, ...(touch.type === 'CallLogged' ? { duration_seconds: touch.data.durationSeconds } : {}) }, recordedAt, deltas);
  const money = eventAmount(touch);
  if (money) {
    const cost = touch.type === 'PurchaseRecorded' ? { cost: touch.data.cost } : {};
    await revise(db, 'purchase_fact', touchFact, { occurred_at: occurredAt, amount: money.amount, ...cost }, recordedAt, deltas);
    await revise(db, 'purchase_line_fact', touchFact, { occurred_at: occurredAt }, recordedAt);
  }
  if (touch.type === 'PromotionSent' || touch.type === 'PromotionAnswered') {
    const response = touch.type === 'PromotionAnswered' ? { response: touch.data.response } : {};
    await revise(db, 'promotion_fact', touchFact, { occurred_at: occurredAt, ...response }, recordedAt, deltas);
  }
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) yield rows.slice(start, start + ROWS_PER_INSERT);
}
