import { sql, type Kysely } from 'kysely';

/**
 * Signed seals over the event log and the access log (docs/compliance.md). A seal's entries are
 * the hash of every item it covers; its signed head hash, chained over those entries, makes them
 * as trustworthy as the signature.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_seal (
      log text not null constraint audit_seal_log_check check (log in ('events', 'access')),
      seq bigint not null,
      sealed_at timestamptz not null,
      after_ref text,
      through_ref text not null,
      item_count integer not null,
      total_count bigint not null,
      previous_hash text not null,
      head_hash text not null,
      key_id text not null,
      signature text not null,
      entries jsonb not null,
      primary key (log, seq)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_seal`.execute(db);
}
