import { migrateErasureLedger } from '#crm/compliance';
import type { CrmConfig } from '#crm/config';
import { openEventStore, type EventStore } from '#crm/event-store';
import type { Kysely } from 'kysely';
import { createReadDb, migrateReadStore, type ReadDatabase } from '#crm/read-store';
import { ReadReplica } from './read-replica.js';
import { resolveDatabaseUrl } from './resolve-database-url.js';
import type { RunningPostgres } from './embedded-postgres.js';
import { closeOnShutdown } from './shutdown.js';

export interface Databases {
  /** PostgreSQL of the read models (and of the event log unless it is in KurrentDB). */
  databaseUrl: string;
  embedded?: RunningPostgres;
  eventStore: EventStore;
  readDb: Kysely<ReadDatabase>;
  /** The same database through a pool of its own, for the data keys (#crm/crypto). */
  keysDb: Kysely<ReadDatabase>;
  /** READ_DATABASE_URL's streaming replica, which serves read-model queries; absent: readDb serves them. */
  replica?: ReadReplica;
}

/**
 * What every entry point does first: find PostgreSQL (embedded when no DATABASE_URL), open the
 * event log (its PostgreSQL backend migrates itself), bring the read side's tables (API keys included) up to date.
 * Everything opened is closed on SIGINT/SIGTERM, the database last.
 */
export async function openDatabases(config: CrmConfig): Promise<Databases> {
  const { url, embedded } = await resolveDatabaseUrl(config);
  const eventStore = await openEventStore({ eventStoreUrl: config.eventStoreUrl, databaseUrl: url, poolSize: config.poolSizes.events });
  closeOnShutdown('event store', () => eventStore.close());
  const readDb = createReadDb(url, { maxConnections: config.poolSizes.read });
  closeOnShutdown('read store', () => readDb.destroy());
  const keysDb = createReadDb(url, { maxConnections: config.poolSizes.keys });
  closeOnShutdown('data keys', () => keysDb.destroy());
  const replica = config.readDatabaseUrl ? new ReadReplica(config.readDatabaseUrl, readDb, { maxConnections: config.poolSizes.read }) : undefined;
  // Registered after the read store, so closed before it: its connections fall back to that pool.
  if (replica) closeOnShutdown('read replica', () => replica.close());
  // Every table of the public schema, projection_checkpoint included, so an api alone can report projection status.
  await migrateReadStore(readDb);
  await migrateErasureLedger(readDb);
  return { databaseUrl: url, embedded, eventStore, readDb, keysDb, replica };
}
