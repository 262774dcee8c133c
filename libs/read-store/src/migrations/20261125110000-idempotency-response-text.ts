import { sql, type Kysely } from 'kysely';

/** jsonb reorders keys; a repeated request must get the first answer byte for byte, so keep the text. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_record alter column response_body type text using response_body::text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_record alter column response_body type jsonb using response_body::jsonb`.execute(db);
}
