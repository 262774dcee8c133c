import { sql, type Kysely } from 'kysely';

/**
 * The worker's side of automations (docs/marketing.md). `automation_action`: one row per firing
 * key, settling its action once however often the job runs (retries, restores, a rebuilt reactor
 * dispatching its outbox again). `marketing_contact`: every marketing message a customer was sent
 * (automations and campaigns), what the marketing-pressure window is checked against.
 * `notification.automation_id`: which automation an in-app notification comes from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('automation_action')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('automation_id', 'uuid', (col) => col.notNull())
    .addColumn('customer_id', 'uuid', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('automation_action_automation').on('automation_action').columns(['automation_id', 'status']).execute();
  await db.schema
    .createTable('marketing_contact')
    .addColumn('customer_id', 'uuid', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('marketing_contact_pkey', ['customer_id', 'key'])
    .execute();
  await db.schema.createIndex('marketing_contact_recent').on('marketing_contact').columns(['customer_id', 'sent_at']).execute();
  await db.schema.alterTable('notification').addColumn('automation_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notification').dropColumn('automation_id').execute();
  await db.schema.dropTable('marketing_contact').execute();
  await db.schema.dropTable('automation_action').execute();
}
