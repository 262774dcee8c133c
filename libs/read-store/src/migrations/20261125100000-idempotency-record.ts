import { sql, type Kysely } from 'kysely';

/**
 * The first answer to each write sent with an Idempotency-Key, per API key, so a retry gets the
 * same answer and appends nothing. Written by the command side, not a projection.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_record')
    .addColumn('actor_key_id', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('status_code', 'integer', (col) => col.notNull())
    .addColumn('response_body', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_record_pkey', ['actor_key_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_record_created_at_idx').on('idempotency_record').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_record').execute();
}
