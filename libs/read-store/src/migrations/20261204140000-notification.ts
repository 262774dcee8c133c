import { sql, type Kysely } from 'kysely';

/**
 * In-app notifications (GET /notifications), written by the worker's reminder jobs. Keyed by the
 * job that made it, so a job run twice notifies once. No personal data: a notification names the
 * task; the title is read from the tasks read model, which forgets it on erasure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('due_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notification_staff_idx').on('notification').columns(['staff_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification').execute();
}
