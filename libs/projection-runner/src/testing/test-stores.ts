import type { Kysely } from 'kysely';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb, type ReadDatabase } from '#crm/read-store';

export interface TestStores {
  store: PostgresEventStore;
  db: Kysely<ReadDatabase>;
  close(): Promise<void>;
}

/** The event log and the read store, both in the one database a test file created. */
export async function openTestStores(url: string): Promise<TestStores> {
  const store = await PostgresEventStore.connect({ connectionString: url });
  const db = createReadDb(url);
  return {
    store,
    db,
    close: async () => {
      await store.close();
      await db.destroy();
    },
  };
}
