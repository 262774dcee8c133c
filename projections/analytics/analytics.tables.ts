import { sql, type Kysely } from 'kysely';

export interface StaffTable {
  staff_id: string;
  manager_id: string | null;
  region: string | null;
}

/** The current owner of each customer, so a touch is credited to whoever owned the customer then. */
export interface CustomerOwnerTable {
  customer_id: string;
  owner_id: string | null;
}

export interface TouchFactTable {
  event_id: string;
  customer_id: string;
  owner_id: string | null;
  type: string;
  occurred_at: Date;
}

/** One row per purchase and per cancellation; a cancellation's amount is negative. */
export interface PurchaseFactTable {
  event_id: string;
  customer_id: string;
  order_id: string | null;
  kind: 'purchase' | 'cancellation';
  occurred_at: Date;
  amount: string | number;
  cost: string | number | null;
  currency: string;
}

export interface OpportunityFactTable {
  opportunity_id: string;
  customer_id: string;
  owner_id: string;
  opened_at: Date;
  closed_at: Date | null;
  outcome: 'won' | 'lost' | null;
  amount: string | number | null;
  currency: string | null;
}

export interface PromotionFactTable {
  event_id: string;
  customer_id: string;
  campaign_id: string;
  promotion_id: string;
  kind: 'sent' | 'answered';
  response: string | null;
  occurred_at: Date;
}

export interface AnalyticsTables {
  staff: StaffTable;
  customer_owner: CustomerOwnerTable;
  touch_fact: TouchFactTable;
  purchase_fact: PurchaseFactTable;
  opportunity_fact: OpportunityFactTable;
  promotion_fact: PromotionFactTable;
}

/**
 * Facts at the grain of one event (or one deal), so every report is a plain aggregation that is
 * right for any period and any time zone.
 */
export async function createAnalyticsTables(db: Kysely<any>, schema: string): Promise<void> {
  const tables = db.schema.withSchema(schema);
  await tables
    .createTable('staff')
    .addColumn('staff_id', 'text', (col) => col.primaryKey())
    .addColumn('manager_id', 'text')
    .addColumn('region', 'text')
    .execute();
  await tables
    .createTable('customer_owner')
    .addColumn('customer_id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text')
    .execute();
  await tables
    .createTable('touch_fact')
    .addColumn('event_id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await tables
    .createTable('purchase_fact')
    .addColumn('event_id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('order_id', 'text')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('cost', 'bigint')
    .addColumn('currency', 'text', (col) => col.notNull())
    .execute();
  await tables
    .createTable('opportunity_fact')
    .addColumn('opportunity_id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('opened_at', 'timestamptz', (col) => col.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('outcome', 'text')
    .addColumn('amount', 'bigint')
    .addColumn('currency', 'text')
    .execute();
  await tables
    .createTable('promotion_fact')
    .addColumn('event_id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('campaign_id', 'text', (col) => col.notNull())
    .addColumn('promotion_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('response', 'text')
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await sql`create index on ${sql.table(`${schema}.purchase_fact`)} (customer_id, occurred_at)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.purchase_fact`)} (occurred_at)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.touch_fact`)} (owner_id, occurred_at)`.execute(db);
  // The customers report counts each customer's complaints in the period (customer-value.queries.ts).
  await sql`create index on ${sql.table(`${schema}.touch_fact`)} (customer_id, type, occurred_at)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.promotion_fact`)} (customer_id, occurred_at)`.execute(db);
}
