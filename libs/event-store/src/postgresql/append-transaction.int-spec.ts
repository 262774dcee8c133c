import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { collect, newEvent, uniqueScope } from '../testing/contract-events.js';
import { PostgresEventStore } from './postgres-event-store.js';

describe('PostgresEventStore.beginTransaction', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('event_store_transaction');
    store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 2 });
    const setup = await store.beginTransaction();
    await setup.execute({ sql: 'create table caller_row (stream text primary key)', parameters: [] });
    await setup.commit();
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const callerRows = async (stream: string) => {
    const reader = await store.beginTransaction();
    try {
      return await reader.execute<{ stream: string }>({ sql: 'select stream from caller_row where stream = $1', parameters: [stream] });
    } finally {
      await reader.rollback();
    }
  };

  it('commits the append and the caller’s own row together', async () => {
    const stream = uniqueScope('transaction').stream('a');
    const transaction = await store.beginTransaction();
    const appended = await transaction.appendToStream(stream, [newEvent('Noted'), newEvent('Noted')], { expectedRevision: 'no_stream' });
    await transaction.execute({ sql: 'insert into caller_row values ($1)', parameters: [stream] });
    // not visible before the commit
    expect(await collect(store.readStream(stream))).toEqual([]);
    await transaction.commit();
    expect((await collect(store.readStream(stream))).map((event) => event.id)).toEqual(appended.events.map((event) => event.id));
    expect(await callerRows(stream)).toEqual([{ stream }]);
  });

  it('rolls back both, and gives its connection back', async () => {
    const stream = uniqueScope('transaction').stream('b');
    for (let round = 0; round < 3; round++) {
      const transaction = await store.beginTransaction();
      await transaction.appendToStream(stream, [newEvent('Noted')]);
      await transaction.execute({ sql: 'insert into caller_row values ($1)', parameters: [stream] });
      await transaction.rollback();
    }
    expect(await collect(store.readStream(stream))).toEqual([]);
    expect(await callerRows(stream)).toEqual([]);
  });

  it('answers a stale revision with the typed error', async () => {
    const stream = uniqueScope('transaction').stream('c');
    await store.appendToStream(stream, [newEvent('Noted')]);
    const transaction = await store.beginTransaction();
    await expect(transaction.appendToStream(stream, [newEvent('Noted')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await transaction.rollback();
  });
});
