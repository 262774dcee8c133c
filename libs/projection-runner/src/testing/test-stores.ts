import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PostgresEventStore } from '#crm/event-store';

export interface TestStores {
  store: PostgresEventStore;
  db: Kysely<any>;
  close(): Promise<void>;
}

/** The event log and the read store, both in the one database a test file created. */
export async function openTestStores(url: string): Promise<TestStores> {
  const store = await PostgresEventStore.connect({ connectionString: url });
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return {
    store,
    db,
    close: async () => {
      await store.close();
      await db.destroy();
    },
  };
}
