import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { PostgresEventStore } from '#crm/event-store';

/** One of the three things cases 1 and 2 append to: `append` writes `count` events to a stream. */
export interface AppendTarget {
  name: 'ours' | 'peer' | 'plain';
  /** Installs the pg type parsers this target expects: called before each of its timed runs. */
  activate(): void;
  append(streamName: string, firstRevision: number, count: number): Promise<void>;
  close(): Promise<void>;
}

// A touch as the log stores it: a CallLogged with the envelope's metadata (≈ 700 bytes of JSON).
const data = { customerId: '5b0c2b0e-8f4e-4a59-9d55-2f5c0c6c9b11', occurredAt: '2026-10-14T09:31:00.000Z', channel: 'phone', direction: 'outbound', durationSeconds: 312, outcome: 'reached' };
const metadata = (id: string, streamName: string, revision: number) => ({
  eventId: id,
  type: 'CallLogged',
  schemaVersion: 2,
  occurredAt: '2026-10-14T09:31:00.000Z',
  actor: { id: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69', role: 'operator', name: 'Bench Operator' },
  channel: 'phone',
  correlationId: '8e1f7c52-0b7e-4d0a-8c54-7cf4e2f1d3a0',
  causationId: null,
  streamName,
  revision: String(revision),
  previousHash: 'a3f5e0c1b2d4968778695a4b3c2d1e0f9a8b7c6d5e4f30211223344556677889',
  hash: '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0',
});

// Emmett's driver (dumbo) installs process-wide pg type parsers (int8 as BigInt, its own JSON
// parser) the first time it opens a pool. Left in place they would change how every later case
// reads rows (the timeline's cursor, for one, cannot serialise a BigInt), so each target runs
// with the parsers it expects and the defaults are back when the peer is closed.
const PARSED_TYPES = [20, 114, 3802] as const;
type Parsers = Map<number, (value: string) => unknown>;
const snapshotParsers = (): Parsers => new Map(PARSED_TYPES.map((oid) => [oid, pg.types.getTypeParser(oid, 'text') as (value: string) => unknown]));
const installParsers = (parsers: Parsers) => {
  for (const [oid, parse] of parsers) pg.types.setTypeParser(oid, parse);
};
const defaultParsers = snapshotParsers();
const useDefaultParsers = () => installParsers(defaultParsers);
let peerParsers: Parsers | undefined;

function eventsFor(streamName: string, firstRevision: number, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const id = randomUUID();
    return { id, type: 'CallLogged', data, metadata: metadata(id, streamName, firstRevision + index) };
  });
}

export async function ourStore(url: string, connections: number): Promise<AppendTarget> {
  const store = await PostgresEventStore.connect({ connectionString: url, poolSize: connections });
  return {
    name: 'ours',
    activate: useDefaultParsers,
    append: async (streamName, firstRevision, count) => {
      await store.appendToStream(streamName, eventsFor(streamName, firstRevision, count), { expectedRevision: 'any' });
    },
    close: () => store.close(),
  };
}

export async function peerStore(url: string, connections: number): Promise<AppendTarget> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true, pool } });
  await store.schema.migrate();
  // dumbo installs them once per process: keep what it installed the first time
  peerParsers ??= snapshotParsers();
  const parsers = peerParsers;
  useDefaultParsers();
  return {
    name: 'peer',
    activate: () => installParsers(parsers),
    append: async (streamName, firstRevision, count) => {
      await store.appendToStream(
        streamName,
        eventsFor(streamName, firstRevision, count).map(({ type, data, metadata }) => ({ type, data, metadata })),
      );
    },
    close: async () => {
      await store.close();
      await pool.end().catch(() => undefined);
      useDefaultParsers();
    },
  };
}

/** The ceiling: the same columns and unique keys as our events table, written with bare INSERTs. */
export async function plainInserts(url: string, connections: number): Promise<AppendTarget> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  await pool.query(`
    create table if not exists plain_events (
      position bigint generated always as identity primary key,
      transaction_id xid8 not null default pg_current_xact_id(),
      event_id uuid not null unique,
      stream_name text not null,
      stream_revision bigint not null,
      event_type text not null,
      data jsonb not null,
      metadata jsonb not null,
      recorded_at timestamptz not null default now(),
      unique (stream_name, stream_revision))`);
  await pool.query('create index if not exists plain_events_transaction_position_idx on plain_events (transaction_id, position)');
  return {
    name: 'plain',
    activate: useDefaultParsers,
    append: async (streamName, firstRevision, count) => {
      const events = eventsFor(streamName, firstRevision, count);
      const values: unknown[] = [];
      const rows = events.map((event, index) => {
        values.push(event.id, streamName, firstRevision + index, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
        const p = index * 6;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
      });
      await pool.query(`insert into plain_events (event_id, stream_name, stream_revision, event_type, data, metadata) values ${rows.join(', ')}`, values);
    },
    close: () => pool.end(),
  };
}
