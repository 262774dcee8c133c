import { sql, type Kysely } from 'kysely';
import { comparePositions, parsePosition, type EventStore } from '#crm/event-store';
import { accessRowHash, eventEntry, type SealEntry } from './seal-entry.js';
import type { AuditDatabase, SealedLogName } from './seal.table.js';

/** A log that seals cover: its items in a stable order, each as a seal entry. */
export interface SealedLog {
  readonly name: SealedLogName;
  /** What a seal counts: "events", "access-log entries". */
  readonly unit: string;
  compare(a: string, b: string): number;
  /** Items after `after` (every item when null), oldest first, at most `limit`. */
  read(after: string | null, limit: number): Promise<SealEntry[]>;
  countAfter(after: string | null, limit: number): Promise<number>;
}

/**
 * The event log in its readers' order: (transaction id, position) over committed events older
 * than every open transaction. Whatever commits later sorts after everything read, so a seal
 * never has to make room for an event that commits late.
 */
export function eventLog(store: EventStore): SealedLog {
  return {
    name: 'events',
    unit: 'events',
    compare: (a, b) => comparePositions(parsePosition(a), parsePosition(b)),
    async read(after, limit) {
      const entries: SealEntry[] = [];
      for await (const event of store.readAll({ after: after === null ? undefined : parsePosition(after), maxCount: limit })) {
        entries.push(eventEntry(event));
      }
      return entries;
    },
    countAfter: (after, limit) => store.countAfter({ after: after === null ? undefined : parsePosition(after), limit }),
  };
}

/**
 * The access log in id order. Ids come from a sequence, and a row can commit after a row with a
 * higher id: the sealer reads it under `lock table access_log in share mode` (lockAccessLog),
 * which waits for every open insert, so no row below the sealed id can appear later.
 */
export function accessLog(db: Kysely<AuditDatabase>): SealedLog {
  return {
    name: 'access',
    unit: 'access-log entries',
    compare: (a, b) => {
      const [x, y] = [BigInt(a), BigInt(b)];
      return x === y ? 0 : x < y ? -1 : 1;
    },
    async read(after, limit) {
      const { rows } = await sql<Record<string, unknown>>`
        select * from access_log where id > ${after ?? '0'}::bigint order by id limit ${limit}`.execute(db);
      return rows.map((row) => ({
        ref: String(row.id),
        hash: accessRowHash(row),
        label: { accessedAt: (row.accessed_at as Date).toISOString(), actorId: String(row.actor_id), subjectId: String(row.subject_id) },
      }));
    },
    async countAfter(after, limit) {
      const { rows } = await sql<{ count: string }>`
        select count(*) from (select 1 from access_log where id > ${after ?? '0'}::bigint limit ${limit}) as unsealed`.execute(db);
      return Number(rows[0]!.count);
    },
  };
}

export async function lockAccessLog(db: Kysely<AuditDatabase>): Promise<void> {
  await sql`lock table access_log in share mode`.execute(db);
}
