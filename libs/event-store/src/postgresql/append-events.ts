import type pg from 'pg';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port.js';
import { DuplicateEventIdError, WrongExpectedRevisionError, type ActualRevision } from '../event-store.errors.js';
import { InvalidEventStoreInputError } from '../event-store-input.validation.js';
import { DUPLICATE_EVENT_ID_SQLSTATE, WRONG_EXPECTED_REVISION_SQLSTATE } from './migrations/0001-events.migration.js';
import { isConnectionFailure } from './postgres-unavailable.js';

interface AppendedRow {
  event_id: string;
  stream_revision: string;
  transaction_id: string;
  position: string;
}

function serializeEvents(events: EventToAppend[]): string {
  const serialized = events.map(({ id, type, data, metadata }, index) => {
    try {
      return JSON.stringify({ id, type, data, metadata });
    } catch (error) {
      throw new InvalidEventStoreInputError(`events[${index}]`, `data and metadata must be JSON-serializable (${(error as Error).message})`);
    }
  });
  return `[${serialized.join(',')}]`;
}

function expectedArguments(expected: ExpectedRevision): [kind: string, revision: string | null] {
  return typeof expected === 'bigint' ? ['exact', expected.toString()] : [expected, null];
}

function toTypedError(error: unknown, streamName: string, expected: ExpectedRevision, events: EventToAppend[]): unknown {
  const { code, detail, constraint } = error as { code?: string; detail?: string; constraint?: string };
  if (code === WRONG_EXPECTED_REVISION_SQLSTATE) {
    const actual: ActualRevision = detail === '-1' ? 'no_stream' : BigInt(detail ?? '-1');
    return new WrongExpectedRevisionError(streamName, expected, actual);
  }
  if (code === DUPLICATE_EVENT_ID_SQLSTATE) return new DuplicateEventIdError(detail ?? events[0].id, streamName);
  // the same id appended to another stream at the same moment: the unique index decides
  if (code === '23505' && constraint === 'events_event_id_key') {
    const reused = /\(event_id\)=\(([^)]+)\)/.exec(detail ?? '')?.[1] ?? events[0].id;
    return new DuplicateEventIdError(reused, streamName);
  }
  return error;
}

// Named statements are parsed and planned once per connection, not on every append; the texts
// are fixed, so there is nothing for a query builder to compile each time.
const FRESH_IDS = { name: 'event_store_append_v2', text: 'select * from event_store_append_v2($1, $2, $3::bigint, $4::jsonb)' };
const CHECKED_IDS = { name: 'event_store_append', text: 'select * from event_store_append($1, $2, $3::bigint, $4::jsonb)' };

const isEventIdTaken = (error: unknown): boolean => {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'events_event_id_key';
};

/**
 * Appends in one round trip through event_store_append_v2, which trusts the ids to be new. When
 * the unique index says one is not (a retry, a reused id, the same id racing into another
 * stream), a second call through 0001's event_store_append looks the ids up and tells which.
 * Inside a transaction of the caller's a failed statement would abort it, so there the look-up
 * goes first.
 */
export async function appendEvents(
  client: pg.ClientBase,
  streamName: string,
  events: EventToAppend[],
  expected: ExpectedRevision,
  { inTransaction = false } = {},
): Promise<AppendResult> {
  const [kind, revision] = expectedArguments(expected);
  const values = [streamName, kind, revision, serializeEvents(events)];
  let rows: AppendedRow[];
  try {
    ({ rows } = inTransaction
      ? await client.query<AppendedRow>({ ...CHECKED_IDS, values })
      : await client
          .query<AppendedRow>({ ...FRESH_IDS, values })
          .catch((error: unknown) => (isEventIdTaken(error) ? client.query<AppendedRow>({ ...CHECKED_IDS, values }) : Promise.reject(error))));
  } catch (error) {
    throw toTypedError(error, streamName, expected, events);
  }
  const appended = rows.map((row) => ({
    id: row.event_id,
    revision: BigInt(row.stream_revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) },
  }));
  const last = appended[appended.length - 1];
  return { streamName, nextExpectedRevision: last.revision, position: last.position, events: appended };
}

/**
 * appendEvents on a connection checked out of the pool, not through pool.query: pg-pool ends the
 * connection of any query that fails there, and a conflict (a wrong expected revision, a reused
 * id) is an answer, not a broken connection. Each one cost a new backend (a fork, its caches, the
 * statements prepared again); under load the reconnections took the cores from the appends, more
 * appends waited past the pool's timeout, their streams' next appends conflicted in turn, and the
 * bench's live case collapsed to under 300 appends/s. Only a lost connection is dropped.
 */
export async function appendEventsOnPool(pool: pg.Pool, streamName: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
  const client = await pool.connect();
  let lost: Error | undefined;
  try {
    return await appendEvents(client, streamName, events, expected);
  } catch (error) {
    if (isConnectionFailure(error)) lost = error as Error;
    throw error;
  } finally {
    client.release(lost);
  }
}
