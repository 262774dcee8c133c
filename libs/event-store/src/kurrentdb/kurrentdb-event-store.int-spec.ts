import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

// No KurrentDB server runs in CI; this is the one suite allowed to skip, and it says so by name.
const eventStoreUrl = process.env.EVENTSTORE_URL;

if (eventStoreUrl) {
  describeEventStoreContract('kurrentdb', async () => {
    const store = await KurrentDbEventStore.connect({ connectionString: eventStoreUrl });
    return { store, dispose: () => store.close() };
  });
} else {
  describe('KurrentDB event store contract (skipped: EVENTSTORE_URL is not set)', () => {
    it.skip('runs the EventStore contract against KurrentDB (skipped: EVENTSTORE_URL is not set)', () => undefined);
  });
}
