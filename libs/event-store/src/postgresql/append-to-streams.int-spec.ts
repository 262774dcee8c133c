import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { collect, newEvent, uniqueScope } from '../testing/contract-events.js';
import { PostgresEventStore } from './postgres-event-store.js';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('append_streams');
  store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 12 });
});
afterAll(async () => {
  await store?.close();
  await database?.drop();
});

describe('appendToStreams on PostgreSQL', () => {
  it('writes nothing at all when one stream’s expected revision fails: one transaction per group of streams', async () => {
    const scope = uniqueScope('atomic');
    await store.appendToStream(scope.stream('b'), [newEvent('Created')]);
    await expect(
      store.appendToStreams([
        { streamName: scope.stream('a'), events: [newEvent('Created')], expectedRevision: 'no_stream' },
        { streamName: scope.stream('b'), events: [newEvent('Updated')], expectedRevision: 'no_stream' },
      ]),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await collect(store.readStream(scope.stream('a')))).toEqual([]);
  });

  it('takes more streams in one call than the server’s lock table holds (one advisory lock each)', async () => {
    const scope = uniqueScope('many');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ slots: number }>(`select current_setting('max_locks_per_transaction')::int * current_setting('max_connections')::int as slots`);
    await client.end();
    const streams = rows[0]!.slots * 3; // the table borrows spare shared memory: past it by a margin
    const appends = Array.from({ length: streams }, (_, index) => ({ streamName: scope.stream(String(index)), events: [newEvent('Created')], expectedRevision: 'no_stream' as const }));
    const results = await store.appendToStreams(appends);
    expect(results).toHaveLength(streams);
    expect(await collect(store.readStream(scope.stream(String(streams - 1))))).toHaveLength(1);
  });

  it('with some ids already written, returns the stored result for a retried stream and appends the rest', async () => {
    const scope = uniqueScope('partly-retried');
    const retried = { streamName: scope.stream('a'), events: [newEvent('Created')], expectedRevision: 'no_stream' as const };
    const [before] = await store.appendToStreams([retried]);
    const [again, added] = await store.appendToStreams([retried, { streamName: scope.stream('b'), events: [newEvent('Created')], expectedRevision: 'no_stream' }]);
    expect(again).toEqual(before);
    expect(added.nextExpectedRevision).toBe(0n);
    expect(await collect(store.readStream(scope.stream('a')))).toHaveLength(1);
  });

  it('refuses an id written before with other content', async () => {
    const scope = uniqueScope('reused');
    const event = newEvent('Created', { n: 1 });
    await store.appendToStream(scope.stream('a'), [event]);
    await expect(store.appendToStreams([{ streamName: scope.stream('b'), events: [{ ...event, data: { n: 2 } }] }])).rejects.toBeInstanceOf(DuplicateEventIdError);
  });

  it('racing single appends on the same streams, keeps every stream’s revisions in log order', async () => {
    const scope = uniqueScope('race');
    const streams = [0, 1, 2, 3].map((index) => scope.stream(String(index)));
    const singles = streams.flatMap((streamName) =>
      [0, 1].map(async () => {
        for (let index = 0; index < 40; index += 1) await store.appendToStream(streamName, [newEvent('Single')]);
      }),
    );
    const bulks = [0, 1, 2].map(async (writer) => {
      for (let index = 0; index < 15; index += 1) {
        // each writer names the streams in another order: locks are taken in key order regardless
        const order = writer === 1 ? [...streams].reverse() : streams;
        await store.appendToStreams(order.map((streamName) => ({ streamName, events: [newEvent('Bulk'), newEvent('Bulk')] })));
      }
    });
    await Promise.all([...singles, ...bulks]);

    // the table in log order: readAll would wait for every transaction open on the shared server
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows: log } = await client
      .query<{ stream_name: string; stream_revision: string }>('select stream_name, stream_revision from events where stream_name ^@ $1 order by transaction_id, position', [scope.prefix])
      .finally(() => client.end());
    expect(log).toHaveLength(4 * (80 + 3 * 15 * 2));
    for (const streamName of streams) {
      const revisions = log.filter((row) => row.stream_name === streamName).map((row) => Number(row.stream_revision));
      expect(revisions).toEqual(revisions.map((_, index) => index));
    }
  });
});
