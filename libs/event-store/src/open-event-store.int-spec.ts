import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { EventStoreUnavailableError } from './event-store.errors.js';
import { openEventStore } from './open-event-store.js';

describe('openEventStore', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('open_event_store');
  });

  afterAll(async () => {
    await database.drop();
  });

  it('opens the PostgreSQL log when no EVENTSTORE_URL is given', async () => {
    const store = await openEventStore({ databaseUrl: database.url });
    try {
      expect(store.backend).toBe('postgresql');
      expect(await store.headPosition()).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('goes to KurrentDB when EVENTSTORE_URL is given, whatever the database', async () => {
    const opening = openEventStore({ eventStoreUrl: 'kurrentdb://127.0.0.1:1?tls=false', databaseUrl: database.url });
    await expect(opening).rejects.toThrow(EventStoreUnavailableError);
    await expect(opening).rejects.toThrow('kurrentdb event store unreachable at 127.0.0.1:1');
  });
});
