import type { CrmConfig } from '#crm/config';
import { openEventStore, type EventStore } from '#crm/event-store';
import { migrateProjectionRunner } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import { openCliDatabase } from '../../database/open-cli-database.js';

export interface ProjectionTools {
  store: EventStore;
  db: Kysely<any>;
}

/** The event log and the read store for one command; projection_checkpoint brought up first. */
export async function withProjections<T>(config: CrmConfig, work: (tools: ProjectionTools) => Promise<T>): Promise<T> {
  const database = await openCliDatabase(config);
  try {
    const store = await openEventStore({ eventStoreUrl: config.eventStoreUrl, databaseUrl: database.url });
    try {
      await migrateProjectionRunner(database.db);
      return await work({ store, db: database.db });
    } finally {
      await store.close();
    }
  } finally {
    await database.close();
  }
}
