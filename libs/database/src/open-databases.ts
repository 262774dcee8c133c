import { migrateAuth } from '#crm/auth';
import type { CrmConfig } from '#crm/config';
import { openEventStore, type EventStore } from '#crm/event-store';
import { migrateProjectionRunner } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import { createReadDb, migrateReadStore, type ReadDatabase } from '#crm/read-store';
import { resolveDatabaseUrl } from './resolve-database-url.js';
import type { RunningPostgres } from './embedded-postgres.js';
import { closeOnShutdown } from './shutdown.js';

export interface Databases {
  /** PostgreSQL of the read models (and of the event log unless it is in KurrentDB). */
  databaseUrl: string;
  embedded?: RunningPostgres;
  eventStore: EventStore;
  readDb: Kysely<ReadDatabase>;
}

/**
 * What every entry point does first: find PostgreSQL (embedded when no DATABASE_URL), open the
 * event log (its PostgreSQL backend migrates itself), bring the read side's tables (API keys included) up to date.
 * Everything opened is closed on SIGINT/SIGTERM, the database last.
 */
export async function openDatabases(config: CrmConfig): Promise<Databases> {
  const { url, embedded } = await resolveDatabaseUrl(config);
  const eventStore = await openEventStore({ eventStoreUrl: config.eventStoreUrl, databaseUrl: url });
  closeOnShutdown('event store', () => eventStore.close());
  const readDb = createReadDb(url);
  closeOnShutdown('read store', () => readDb.destroy());
  await migrateReadStore(readDb);
  await migrateAuth(readDb);
  // Done here too, not only when a projector starts, so an api alone can report projection status.
  await migrateProjectionRunner(readDb);
  return { databaseUrl: url, embedded, eventStore, readDb };
}
