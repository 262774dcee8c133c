import { sql, type Kysely } from 'kysely';

/**
 * The one master key a database's data keys are wrapped with, recorded before any key is: a
 * process with another master key is refused even while data_key is still empty. The first
 * process to start records it (DataKeyStore.assertMasterKey).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table crypto_master_key (
      singleton boolean primary key default true constraint crypto_master_key_singleton check (singleton),
      master_key_id text not null,
      recorded_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table crypto_master_key`.execute(db);
}
