import { sql, type Kysely } from 'kysely';

/**
 * projection_checkpoint.steps_pending: true from the batch that left a projection steps to run (a
 * new segment to evaluate over every customer, a transaction per chunk) until its last step; a
 * wait for the projection to reach a position does not end before (read-your-writes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('projection_checkpoint')
    .addColumn('steps_pending', 'boolean', (col) => col.notNull().defaultTo(sql`false`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projection_checkpoint').dropColumn('steps_pending').execute();
}
