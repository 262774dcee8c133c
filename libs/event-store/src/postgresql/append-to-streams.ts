import { sql, type Kysely } from 'kysely';
import type { AppendResult, ExpectedRevision, StreamAppend } from '../event-store.port.js';
import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { InvalidEventStoreInputError } from '../event-store-input.validation.js';
import type { EventStoreTables } from './event-store.tables.js';
import { STREAM_LOCK_CLASS } from './migrations/0001-events.migration.js';

interface InsertedRow {
  event_id: string;
  transaction_id: string;
  position: string;
}

/** Thrown inside the transaction when an event id is already in the log: the caller takes the slow path. */
class EventIdsReused extends Error {}

function meets(expected: ExpectedRevision, current: bigint): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === -1n;
  if (expected === 'stream_exists') return current >= 0n;
  return current === expected;
}

/**
 * One JSON array of every event with its stream and revision: jsonb_to_recordset takes it apart
 * server side, where arrays of parameters would make pg quote each document again.
 */
function serializeRows(appends: readonly StreamAppend[], current: ReadonlyMap<string, bigint>): string {
  const rows: string[] = [];
  appends.forEach(({ streamName, events }, part) => {
    const first = current.get(streamName)! + 1n;
    events.forEach(({ id, type, data, metadata }, index) => {
      try {
        rows.push(JSON.stringify({ id, stream_name: streamName, stream_revision: String(first + BigInt(index)), event_type: type, data, metadata }));
      } catch (error) {
        throw new InvalidEventStoreInputError(`appends[${part}].events[${index}]`, `data and metadata must be JSON-serializable (${(error as Error).message})`);
      }
    });
  });
  return `[${rows.join(',')}]`;
}

/**
 * The bulk append: one transaction for every stream. It keeps the single append's ordering rule
 * (see README.md): every stream's advisory lock is taken before the first write gives the
 * transaction its id, so a stream's later events always carry a larger transaction id. Locks are
 * taken in key order, so two bulk appends sharing streams wait for each other instead of
 * deadlocking. Revisions are read after the locks, in a statement of their own, whose snapshot then
 * sees every writer that held them.
 *
 * A retry (event ids already in the log) is rare and needs the single append's comparison of
 * content, so it rolls back and returns null: the caller appends stream by stream instead. The
 * ids are looked up only when a revision does not match or the insert hits one: the usual bulk
 * load pays nothing for it.
 */
export async function appendToStreamsAtOnce(db: Kysely<EventStoreTables>, appends: readonly StreamAppend[]): Promise<AppendResult[] | null> {
  const names = appends.map((append) => append.streamName);
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`
        select pg_advisory_xact_lock(${sql.lit(STREAM_LOCK_CLASS)}, key)
          from (select distinct hashtext(name) as key from unnest(${names}::text[]) as name) as keys
          order by key`.execute(trx);
      const { rows: revisions } = await sql<{ name: string; revision: string | null }>`
        select name, (select max(stream_revision) from events where stream_name = name) as revision
          from unnest(${names}::text[]) as name`.execute(trx);
      const current = new Map(revisions.map((row) => [row.name, row.revision === null ? -1n : BigInt(row.revision)]));
      const refused = appends.find(({ streamName, expectedRevision = 'any' }) => !meets(expectedRevision, current.get(streamName)!));
      if (refused) {
        // a retry is recognised before the revision is checked, as the single append does
        const ids = appends.flatMap(({ events }) => events.map(({ id }) => id));
        const { rows: written } = await sql`select 1 from events where event_id = any(${ids}::uuid[]) limit 1`.execute(trx);
        if (written.length > 0) throw new EventIdsReused();
        const actual = current.get(refused.streamName)!;
        throw new WrongExpectedRevisionError(refused.streamName, refused.expectedRevision!, actual === -1n ? 'no_stream' : actual);
      }
      let inserted: InsertedRow[];
      try {
        ({ rows: inserted } = await sql<InsertedRow>`
          insert into events (event_id, stream_name, stream_revision, event_type, data, metadata)
          select id, stream_name, stream_revision, event_type, data, metadata
            from rows from (jsonb_to_recordset(${serializeRows(appends, current)}::jsonb)
                   as (id uuid, stream_name text, stream_revision bigint, event_type text, data jsonb, metadata jsonb))
                 with ordinality as batch(id, stream_name, stream_revision, event_type, data, metadata, ord)
            order by ord
          returning event_id, transaction_id, position`.execute(trx));
      } catch (error) {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'events_event_id_key') throw new EventIdsReused();
        throw error;
      }
      const byId = new Map(inserted.map((row) => [row.event_id, row]));
      return appends.map(({ streamName, events }) => {
        const first = current.get(streamName)! + 1n;
        const appended = events.map(({ id }, index) => {
          const row = byId.get(id.toLowerCase())!;
          return { id: row.event_id, revision: first + BigInt(index), position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) } };
        });
        const last = appended[appended.length - 1];
        return { streamName, nextExpectedRevision: last.revision, position: last.position, events: appended };
      });
    });
  } catch (error) {
    if (error instanceof EventIdsReused) return null;
    throw error;
  }
}
