import type { Kysely } from 'kysely';

/**
 * A list that returns personal data (the customer directory) is logged too: not one subject but
 * the filters it was asked with and how many rows it returned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_log').addColumn('query', 'text').addColumn('row_count', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_log').dropColumn('query').dropColumn('row_count').execute();
}
