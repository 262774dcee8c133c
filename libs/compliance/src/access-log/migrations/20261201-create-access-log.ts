import { sql, type Kysely } from 'kysely';

/** Who read whose personal data, when, through which route and why. Holds ids, never the data. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'bigint', (col) => col.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('accessed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addColumn('actor_role', 'text', (col) => col.notNull())
    .addColumn('api_key_id', 'text', (col) => col.notNull())
    .addColumn('subject_kind', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('route', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('access_log_subject_idx').on('access_log').columns(['subject_id', 'id']).execute();
  await db.schema.createIndex('access_log_actor_idx').on('access_log').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('access_log_accessed_at_idx').on('access_log').column('accessed_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('access_log').execute();
}
