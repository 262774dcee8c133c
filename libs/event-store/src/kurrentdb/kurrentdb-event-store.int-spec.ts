import { jest } from '@jest/globals';
import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { StreamDeletedError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { collect, newEvent, uniqueScope } from '../testing/contract-events.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

// No KurrentDB server runs in CI; this is the one suite allowed to skip, and it says so by name.
const eventStoreUrl = process.env.EVENTSTORE_URL;

/**
 * The contract's load case is 8,000 appends, each read back, plus a live subscriber: a single node
 * in Docker on a laptop takes tens of seconds where PostgreSQL takes a few. Five minutes leaves room
 * for a slow machine without letting a hung call go unnoticed.
 */
const REAL_SERVER_TIMEOUT_MS = 300_000;

function withOption(url: string, option: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${option}`;
}

if (eventStoreUrl) {
  jest.setTimeout(REAL_SERVER_TIMEOUT_MS);

  describeEventStoreContract('kurrentdb', async () => {
    const store = await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
    return { store, dispose: () => store.close() };
  });

  describe('KurrentDB: what the server does beyond the contract', () => {
    let store: KurrentDbEventStore;
    // The raw client, for what the CRM never does itself: stream metadata and tombstones.
    let client: KurrentDBClient;

    beforeAll(async () => {
      store = await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
      client = KurrentDBClient.connectionString(eventStoreUrl);
    });

    afterAll(async () => {
      await store.close();
      await client.dispose();
    });

    it("refuses 'stream_exists' on a stream that has only metadata, which the server would let through", async () => {
      const stream = uniqueScope('metaonly').stream('a');
      await client.setStreamMetadata(stream, { maxAge: 3600 });
      const attempt = store.appendToStream(stream, [newEvent('Created')], { expectedRevision: 'stream_exists' });
      await expect(attempt).rejects.toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
      expect(await collect(store.readStream(stream))).toEqual([]);
    });

    it('reports the actual revision of a conflict when the connection string says throwOnAppendFailure=false', async () => {
      const lenient = await KurrentDbEventStore.connect({ connectionString: withOption(eventStoreUrl, 'throwOnAppendFailure=false') });
      try {
        const stream = uniqueScope('nothrow').stream('a');
        await lenient.appendToStream(stream, [newEvent('Created'), newEvent('Updated'), newEvent('Updated')]);
        const attempt = lenient.appendToStream(stream, [newEvent('Updated')], { expectedRevision: 0n });
        await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(attempt).rejects.toMatchObject({ expected: 0n, actual: 2n });
      } finally {
        await lenient.close();
      }
    });

    it('recognises a repeat at its first exact revision, and — the limit the command pipeline guards against — writes it again at a later one', async () => {
      const stream = uniqueScope('repeat').stream('a');
      const events = [newEvent('Created'), newEvent('Updated')];
      const first = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      await store.appendToStream(stream, [newEvent('Updated')], { expectedRevision: 1n });
      expect(await store.appendToStream(stream, events, { expectedRevision: 'no_stream' })).toEqual(first);

      const again = await store.appendToStream(stream, events, { expectedRevision: 2n });
      expect(again.events.map((event) => event.revision)).toEqual([3n, 4n]);
      expect((await collect(store.readStream(stream))).map((event) => event.id)).toEqual([...events.map((event) => event.id), expect.any(String), ...events.map((event) => event.id)]);
    });

    it('answers StreamDeletedError for a tombstoned stream, reading or appending', async () => {
      const stream = uniqueScope('tombstone').stream('a');
      await store.appendToStream(stream, [newEvent('Created')]);
      await client.tombstoneStream(stream);
      await expect(collect(store.readStream(stream))).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(store.appendToStream(stream, [newEvent('Updated')])).rejects.toBeInstanceOf(StreamDeletedError);
    });

    it('refuses every call once closed, with a message saying so', async () => {
      const closing = await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
      await closing.close();
      await expect(closing.headPosition()).rejects.toThrow(/used after close\(\)/);
      await closing.close();
    });
  });
} else {
  describe('KurrentDB event store contract (skipped: EVENTSTORE_URL is not set)', () => {
    it.skip('runs the EventStore contract against KurrentDB (skipped: EVENTSTORE_URL is not set)', () => undefined);
  });
}
