import { sql, type Kysely } from 'kysely';

/**
 * The tables four libraries used to migrate with migrators of their own (auth, compliance,
 * crypto, projection-runner), now in the one migration history. `if not exists` throughout: a
 * database from the previous release has them already, exactly as below.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_key')
    .ifNotExists()
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    // The roles as of this migration: a new role is a new migration.
    .addCheckConstraint('api_key_role_check', sql`role in ('operator', 'analyst', 'compliance', 'admin')`)
    .execute();

  // Who read whose personal data, when, through which route and why. Holds ids, never the data.
  await db.schema
    .createTable('access_log')
    .ifNotExists()
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
  await db.schema.createIndex('access_log_subject_idx').ifNotExists().on('access_log').columns(['subject_id', 'id']).execute();
  await db.schema.createIndex('access_log_actor_idx').ifNotExists().on('access_log').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('access_log_accessed_at_idx').ifNotExists().on('access_log').column('accessed_at').execute();

  // One row per data subject. Erasure empties `wrapped_key` and keeps the row as a tombstone.
  await db.schema
    .createTable('data_key')
    .ifNotExists()
    .addColumn('key_id', 'uuid', (col) => col.primaryKey())
    .addColumn('subject_kind', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('wrapped_key', 'bytea')
    .addColumn('master_key_id', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('destroyed_at', 'timestamptz')
    .addUniqueConstraint('data_key_subject_key', ['subject_kind', 'subject_id'])
    .addCheckConstraint('data_key_destroyed_check', sql`(wrapped_key is null) = (destroyed_at is not null)`)
    .execute();

  await db.schema
    .createTable('projection_checkpoint')
    .ifNotExists()
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('schema_name', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('generation', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('commit_position', 'bigint', (col) => col.notNull().defaultTo(-1))
    .addColumn('prepare_position', 'bigint', (col) => col.notNull().defaultTo(-1))
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('failed_position', 'text')
    .addColumn('failed_event_id', 'text')
    .addColumn('failed_event_type', 'text')
    .addColumn('events_applied', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_event_recorded_at', 'timestamptz')
    .addColumn('rebuild_started_at', 'timestamptz')
    .addColumn('rebuild_events_done', 'bigint')
    .addColumn('rebuild_events_total', 'bigint')
    .addCheckConstraint('projection_checkpoint_state_check', sql`state in ('catching-up', 'live', 'failed', 'stopped')`)
    .execute();

  // Their old bookkeeping: this history is the only one now.
  for (const table of ['auth_migration', 'compliance_migration', 'crypto_migration', 'projection_runner_migration']) {
    await db.schema.dropTable(table).ifExists().execute();
    await db.schema.dropTable(`${table}_lock`).ifExists().execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['projection_checkpoint', 'data_key', 'access_log', 'api_key']) await db.schema.dropTable(table).execute();
}
