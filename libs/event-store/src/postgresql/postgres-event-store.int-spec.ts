import { createServer } from 'node:net';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { collect, newEvent, uniqueScope } from '../testing/contract-events.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { InvalidEventStoreInputError } from '../event-store-input.validation.js';
import { holdOpenAppend } from './hold-open-append.testing.js';
import { PostgresEventStore } from './postgres-event-store.js';

describeEventStoreContract('postgresql', async () => {
  const database = await createTestDatabase('event_store');
  const store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 20 });
  return {
    store,
    holdOpenAppend: holdOpenAppend(database.url),
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('PostgresEventStore on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('event_store');
    store = await PostgresEventStore.connect({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('can migrate again, and from several processes at once', async () => {
    const again = await Promise.all([1, 2, 3].map(() => PostgresEventStore.connect({ connectionString: database.url, poolSize: 2 })));
    await Promise.all(again.map((other) => other.close()));
    const stream = uniqueScope('migrated').stream('a');
    await store.appendToStream(stream, [newEvent('E')]);
    expect(await collect(store.readStream(stream))).toHaveLength(1);
  });

  it('migrates a new database from two connects at the same time', async () => {
    const fresh = await createTestDatabase('event_store');
    try {
      const stores = await Promise.all([1, 2].map(() => PostgresEventStore.connect({ connectionString: fresh.url, poolSize: 2 })));
      await stores[0].appendToStream('s', [newEvent('E')]);
      expect(await collect(stores[1].readStream('s'))).toHaveLength(1);
      await Promise.all(stores.map((each) => each.close()));
    } finally {
      await fresh.drop();
    }
  });

  it('keeps its connection through conflicts: a wrong expected revision or a reused id is an answer, not a lost connection', async () => {
    const single = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 1 });
    const backend = async () => {
      const transaction = await single.beginTransaction();
      try {
        return (await transaction.execute<{ pid: number }>({ sql: 'select pg_backend_pid() as pid', parameters: [] }))[0]!.pid;
      } finally {
        await transaction.rollback();
      }
    };
    try {
      const scope = uniqueScope('conflicts');
      const written = newEvent('E');
      await single.appendToStream(scope.stream('a'), [written]);
      const before = await backend();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await expect(single.appendToStream(scope.stream('a'), [newEvent('E')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(single.appendToStream(scope.stream('b'), [written])).rejects.toBeInstanceOf(DuplicateEventIdError);
      }
      // pg-pool's own query would have ended the connection at the first conflict, and opened another
      expect(await backend()).toBe(before);
    } finally {
      await single.close();
    }
  });

  it('refuses an event id already written to another stream, or mixed with new ones', async () => {
    const scope = uniqueScope('duplicate');
    const [first, second] = [newEvent('E'), newEvent('E')];
    await store.appendToStream(scope.stream('a'), [first]);
    const elsewhere = store.appendToStream(scope.stream('b'), [first]);
    await expect(elsewhere).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(elsewhere).rejects.toMatchObject({ eventId: first.id, streamName: scope.stream('b') });
    await expect(store.appendToStream(scope.stream('a'), [second, first])).rejects.toMatchObject({ eventId: first.id });
    await expect(store.appendToStream(scope.stream('a'), [second, second])).rejects.toMatchObject({ eventId: second.id });
    await expect(store.appendToStream(scope.stream('a'), [{ ...first, data: { changed: true } }])).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect(await collect(store.readStream(scope.stream('a')))).toHaveLength(1);
    expect(await collect(store.readStream(scope.stream('b')))).toHaveLength(0);
  });

  it('lets one of two racing appends of the same id to different streams win, the other gets DuplicateEventIdError', async () => {
    const scope = uniqueScope('duplicate-race');
    const event = newEvent('E');
    const outcomes = await Promise.allSettled([scope.stream('a'), scope.stream('b')].map((stream) => store.appendToStream(stream, [event])));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(DuplicateEventIdError);
  });

  it('names the field and the reason for bad input', async () => {
    await expect(store.appendToStream('s', [{ ...newEvent('E'), id: 'not-a-uuid' }])).rejects.toThrow('events[0].id: must be a UUID');
    await expect(store.appendToStream('', [newEvent('E')])).rejects.toThrow(InvalidEventStoreInputError);
    await expect(store.appendToStream('s', [])).rejects.toThrow('events: must be a non-empty array');
    await expect(store.appendToStream('s', [newEvent('E', { amount: 10n as never })])).rejects.toThrow(/^events\[0\]: data and metadata must be JSON-serializable/);
    await expect(store.appendToStream('s', [newEvent('E')], { expectedRevision: -1n })).rejects.toThrow(/^expectedRevision: /);
    await expect(store.countAfter({ limit: -1 })).rejects.toThrow('limit: must be an integer >= 0, got -1');
    await expect(collect(store.readAll({ filter: { streamPrefixes: [] } }))).rejects.toThrow('filter.streamPrefixes: must be a non-empty array');
  });

  it('reports a server that is down in one line naming it, without the password', async () => {
    const port = await closedPort();
    const attempt = PostgresEventStore.connect({ connectionString: `postgres://crm:s3cret@127.0.0.1:${port}/crm_log` });
    await expect(attempt).rejects.toBeInstanceOf(EventStoreUnavailableError);
    const error = (await attempt.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe(`postgresql event store unreachable at 127.0.0.1:${port}/crm_log`);
    expect(error.message).not.toContain('s3cret');
  });
});
