import type pg from 'pg';
import type { AppendResult, ExpectedRevision, StreamAppend } from '../event-store.port.js';
import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { InvalidEventStoreInputError } from '../event-store-input.validation.js';
import { copyFrom, copyValue } from './copy-from.js';
import { STREAM_LOCK_CLASS } from './migrations/0001-events.migration.js';

/** Thrown inside the transaction when an event id is already in the log: the caller takes the slow path. */
class EventIdsReused extends Error {}

function meets(expected: ExpectedRevision, current: bigint): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === -1n;
  if (expected === 'stream_exists') return current >= 0n;
  return current === expected;
}

/** Each event's columns but its revision, escaped for COPY: done before the locks are taken, not while they are held. */
function encodeEvents(appends: readonly StreamAppend[]): string[][][] {
  return appends.map(({ streamName, events }, part) =>
    events.map(({ id, type, data, metadata }, index) => {
      try {
        return [id, streamName, type, JSON.stringify(data), JSON.stringify(metadata)].map(copyValue);
      } catch (error) {
        throw new InvalidEventStoreInputError(`appends[${part}].events[${index}]`, `data and metadata must be JSON-serializable (${(error as Error).message})`);
      }
    }),
  );
}

function copyRows(appends: readonly StreamAppend[], encoded: readonly string[][][], current: ReadonlyMap<string, bigint>): string {
  const rows: string[] = [];
  appends.forEach(({ streamName }, part) => {
    const first = current.get(streamName)! + 1n;
    encoded[part]!.forEach(([id, stream, type, data, metadata], index) => rows.push(`${id}\t${stream}\t${first + BigInt(index)}\t${type}\t${data}\t${metadata}`));
  });
  return `${rows.join('\n')}\n`;
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * The bulk append: one transaction for every stream. It keeps the single append's ordering rule
 * (see README.md): every stream's advisory lock is taken before the first write gives the
 * transaction its id, so a stream's later events always carry a larger transaction id. Locks are
 * taken in key order, so two bulk appends sharing streams wait for each other instead of
 * deadlocking. Revisions are read after the locks, in a statement of their own, whose snapshot then
 * sees every writer that held them. The events go in with COPY, several times faster than an
 * INSERT from a parameter here; their positions are read back through the log index.
 *
 * A retry (event ids already in the log) is rare and needs the single append's comparison of
 * content, so it rolls back and returns null: the caller appends stream by stream instead. The
 * ids are looked up only when a revision does not match or COPY hits one: the usual bulk load
 * pays nothing for it.
 */
export async function appendToStreamsAtOnce(pool: pg.Pool, appends: readonly StreamAppend[]): Promise<AppendResult[] | null> {
  const names = appends.map((append) => append.streamName);
  const encoded = encodeEvents(appends);
  try {
    return await inTransaction(pool, async (client) => {
      await client.query(
        `select pg_advisory_xact_lock(${STREAM_LOCK_CLASS}, key)
           from (select distinct hashtext(name) as key from unnest($1::text[]) as name) as keys
           order by key`,
        [names],
      );
      const { rows: revisions } = await client.query<{ name: string; revision: string | null }>(
        `select name, (select max(stream_revision) from events where stream_name = name) as revision
           from unnest($1::text[]) as name`,
        [names],
      );
      const current = new Map(revisions.map((row) => [row.name, row.revision === null ? -1n : BigInt(row.revision)]));
      const refused = appends.find(({ streamName, expectedRevision = 'any' }) => !meets(expectedRevision, current.get(streamName)!));
      if (refused) {
        // a retry is recognised before the revision is checked, as the single append does
        const ids = appends.flatMap(({ events }) => events.map(({ id }) => id));
        const { rowCount } = await client.query('select 1 from events where event_id = any($1::uuid[]) limit 1', [ids]);
        if (rowCount) throw new EventIdsReused();
        const actual = current.get(refused.streamName)!;
        throw new WrongExpectedRevisionError(refused.streamName, refused.expectedRevision!, actual === -1n ? 'no_stream' : actual);
      }
      try {
        await copyFrom(client, 'copy events (event_id, stream_name, stream_revision, event_type, data, metadata) from stdin', copyRows(appends, encoded, current));
      } catch (error) {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'events_event_id_key') throw new EventIdsReused();
        throw error;
      }
      const { rows: written } = await client.query<{ event_id: string; transaction_id: string; position: string }>(
        'select event_id, transaction_id::text, position from events where transaction_id = pg_current_xact_id()',
      );
      const byId = new Map(written.map((row) => [row.event_id, row]));
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
