import { sql, type Kysely } from 'kysely';

/**
 * One row per data subject. Erasure empties `wrapped_key` and keeps the row: the tombstone says
 * the events' ciphertext is gone for good, and stops a new key being made for that person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_key')
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_key').execute();
}
