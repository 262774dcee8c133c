import { sql, type Kysely } from 'kysely';

/**
 * Credentials and sessions are not events: they live here, beside api_key, and are never
 * exported. A session is stored by the hash of its token, so a database dump signs no one in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_user')
    .addColumn('staff_id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    // The roles as of this migration: a new role is a new migration.
    .addCheckConstraint('staff_user_role_check', sql`role in ('operator', 'analyst', 'compliance', 'admin')`)
    .execute();
  await db.schema
    .createTable('staff_session')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff_user.staff_id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('staff_session_staff_id_idx').on('staff_session').column('staff_id').execute();
  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('failed_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failure_email_idx').on('sign_in_failure').columns(['email', 'failed_at']).execute();
  await db.schema.createIndex('sign_in_failure_address_idx').on('sign_in_failure').columns(['address', 'failed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_failure').execute();
  await db.schema.dropTable('staff_session').execute();
  await db.schema.dropTable('staff_user').execute();
}
