import { sql, type Kysely } from 'kysely';
import type { CustomerFacts } from './customer-facts.js';
import type { SegmentRule } from '#crm/domain';

export interface SegmentTable {
  segment_id: string;
  name: string;
  description: string | null;
  rule: SegmentRule;
  /** The fact groups the rule reads: the index events are matched against. */
  fact_groups: string[];
  time_relative: boolean;
  defined_at: Date;
}

export interface CustomerFactTable {
  customer_id: string;
  active: boolean;
  facts: CustomerFacts;
}

/** Current members; the directory may join it to filter customers by segment. */
export interface SegmentMemberTable {
  segment_id: string;
  customer_id: string;
  entered_at: Date;
}

/** Every stay in a segment; `left_at` null while it lasts. */
export interface SegmentMembershipTable {
  segment_id: string;
  customer_id: string;
  entered_at: Date;
  left_at: Date | null;
}

/** The projection's notion of now: the latest business time seen or swept to. */
export interface SegmentClockTable {
  id: number;
  now: Date;
}

export interface SegmentsTables {
  segment: SegmentTable;
  customer_fact: CustomerFactTable;
  segment_member: SegmentMemberTable;
  segment_membership: SegmentMembershipTable;
  segment_clock: SegmentClockTable;
}

export async function createSegmentsTables(db: Kysely<any>, schema: string): Promise<void> {
  const tables = db.schema.withSchema(schema);
  await tables
    .createTable('segment')
    .addColumn('segment_id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('rule', 'jsonb', (col) => col.notNull())
    .addColumn('fact_groups', sql`text[]`, (col) => col.notNull())
    .addColumn('time_relative', 'boolean', (col) => col.notNull())
    .addColumn('defined_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await tables
    .createTable('customer_fact')
    .addColumn('customer_id', 'text', (col) => col.primaryKey())
    .addColumn('active', 'boolean', (col) => col.notNull())
    .addColumn('facts', 'jsonb', (col) => col.notNull())
    .execute();
  await tables
    .createTable('segment_member')
    .addColumn('segment_id', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('entered_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('segment_member_pkey', ['segment_id', 'customer_id'])
    .execute();
  await tables
    .createTable('segment_membership')
    .addColumn('segment_id', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('entered_at', 'timestamptz', (col) => col.notNull())
    .addColumn('left_at', 'timestamptz')
    .execute();
  await tables
    .createTable('segment_clock')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('now', 'timestamptz', (col) => col.notNull())
    .execute();
  await sql`create index on ${sql.table(`${schema}.segment_member`)} (segment_id, entered_at, customer_id)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.segment_member`)} (customer_id)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.segment_membership`)} (customer_id, entered_at)`.execute(db);
  await sql`create index on ${sql.table(`${schema}.segment_membership`)} (segment_id, customer_id) where left_at is null`.execute(db);
}
