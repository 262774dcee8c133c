import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('projection_checkpoint')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('schema_name', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    // Bumped by every rebuild swap, so a runner holding an older view of the row notices.
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('projection_checkpoint').execute();
}
