import { sql, type Kysely } from 'kysely';

/**
 * The customer's folded state every so many revisions, so a state as of an instant folds a few
 * events instead of the whole stream. A cache beside the log, written on read: a missing row, or
 * one of another fold version, only means folding from the start. `state` holds the state
 * encrypted with the person's data key, so erasure shreds it with the events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_state_snapshot')
    .ifNotExists()
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('fold_version', 'integer', (col) => col.notNull())
    .addColumn('revision', 'bigint', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('state', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('customer_state_snapshot_pkey', ['customer_id', 'fold_version', 'revision'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_state_snapshot').execute();
}
