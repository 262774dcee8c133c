import { sql, type Kysely } from 'kysely';

/**
 * A campaign's control group (docs/marketing.md, Response and uplift): the share of its targeted
 * customers held back, hashed per customer. Their deliveries settle as `held-back`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaign')
    .addColumn('control_share', 'double precision', (col) => col.notNull().defaultTo(sql`0`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaign').dropColumn('control_share').execute();
}
