import type { Kysely } from 'kysely';
import type { AuditDatabase } from '#crm/compliance';
import { migrateReadStore } from '#crm/read-store';
import type { CrmConfig } from '#crm/config';
import { openEventStore, type EventStore } from '#crm/event-store';
import { openCliDatabase } from '../../database/open-cli-database.js';

/** The event log and the read-store database with its access log and seals, brought up to date first. */
export async function withAudit<T>(config: CrmConfig, work: (store: EventStore, db: Kysely<AuditDatabase>) => Promise<T>): Promise<T> {
  const database = await openCliDatabase(config);
  try {
    await migrateReadStore(database.db);
    const store = await openEventStore({ eventStoreUrl: config.eventStoreUrl, databaseUrl: database.url });
    try {
      return await work(store, database.db);
    } finally {
      await store.close();
    }
  } finally {
    await database.close();
  }
}
