import { sql, type Kysely } from 'kysely';
import type { ReadDatabase } from '#crm/read-store';

/** First key of our two-key advisory locks, so they cannot collide with other libraries' locks. */
export const LockKind = {
  runner: 74201,
  rebuild: 74202,
  initialize: 74203,
} as const;
export type LockKind = (typeof LockKind)[keyof typeof LockKind];

export interface AdvisoryLockKey {
  kind: LockKind;
  /** Signed 32-bit FNV-1a hash of the projection name. */
  id: number;
}

export function advisoryLockKey(kind: LockKind, projection: string): AdvisoryLockKey {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(projection)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return { kind, id: hash | 0 };
}

/** Held for the rest of the current transaction: serializes one-off setup across processes. */
export async function lockForTransaction(trx: Kysely<ReadDatabase>, key: AdvisoryLockKey): Promise<void> {
  await sql`select pg_advisory_xact_lock(${key.kind}::int4, ${key.id}::int4)`.execute(trx);
}

/**
 * Which projections of a kind have their lock held right now, by any process: pg_locks shows the
 * two keys of an int4 pair as classid and objid (an unsigned oid) with objsubid 2.
 */
export async function heldLocks(db: Kysely<ReadDatabase>, kind: LockKind, projections: string[]): Promise<Set<string>> {
  const { rows } = await sql<{ objid: string }>`
    select objid::text from pg_locks
    where locktype = 'advisory' and granted and objsubid = 2 and classid = ${kind}::oid
      and database = (select oid from pg_database where datname = current_database())`.execute(db);
  const held = new Set(rows.map((row) => Number(row.objid)));
  return new Set(projections.filter((name) => held.has(advisoryLockKey(kind, name).id >>> 0)));
}
