import { sql, type Kysely } from 'kysely';

/**
 * What a fold at a business time needs of a snapshot besides its state: the latest business time
 * of the events it holds (every one of them happened by then, so it seeds any fold at a later
 * instant), and the events since the snapshot before it that happened before an event ahead of
 * them in the log (late ones) or that hold at every instant (erasures): past the instant, only
 * those can still count. Snapshots are a cache, so the rows made without them are dropped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from customer_state_snapshot`.execute(db);
  await db.schema
    .alterTable('customer_state_snapshot')
    .addColumn('max_business_time', 'timestamptz')
    .addColumn('late_since', 'bigint', (col) => col.notNull())
    .addColumn('late_events', 'jsonb', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customer_state_snapshot').dropColumn('max_business_time').dropColumn('late_since').dropColumn('late_events').execute();
}
