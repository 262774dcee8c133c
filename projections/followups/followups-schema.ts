import { sql, type Kysely } from 'kysely';
import { createJobOutbox } from '#crm/jobs';

export async function createFollowUpsSchema(db: Kysely<any>, schema: string): Promise<void> {
  const create = (table: string) => db.schema.withSchema(schema).createTable(table);
  await create('staff_member')
    .addColumn('staff_id', 'uuid', (col) => col.primaryKey())
    .addColumn('manager_id', 'uuid')
    .addColumn('active', 'boolean', (col) => col.notNull())
    // The registration's log position, not a sequence: sequences move even in transactions a crash
    // rolls back, and a restarted projector must give the same order as a rebuild.
    .addColumn('seq', 'bigint', (col) => col.notNull().unique())
    .execute();
  await create('assignment_cursor').addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('last_seq', 'bigint', (col) => col.notNull()).execute();
  await db.withSchema(schema).insertInto('assignment_cursor').values({ id: 1, last_seq: '0' }).execute();
  await create('customer_owner').addColumn('customer_id', 'uuid', (col) => col.primaryKey()).addColumn('owner_id', 'uuid', (col) => col.notNull()).execute();
  await create('followup')
    .addColumn('customer_id', 'uuid', (col) => col.primaryKey())
    .addColumn('lead_event_id', 'text', (col) => col.notNull())
    .addColumn('captured_at', 'timestamptz', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('owner_id', 'uuid')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('touched_at', 'timestamptz')
    .addColumn('overdue_at', 'timestamptz')
    .addColumn('escalated_to', 'uuid')
    .execute();
  await sql`create index followup_owner_status on ${sql.table(`${schema}.followup`)} (owner_id, status)`.execute(db);
  await createJobOutbox(db, schema);
}
