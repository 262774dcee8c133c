import type { EventStore } from './event-store.port.js';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store.js';
import { PostgresEventStore } from './postgresql/postgres-event-store.js';

export interface EventStoreConfig {
  /** KurrentDB / EventStoreDB connection string (EVENTSTORE_URL); when set, the log lives there. */
  eventStoreUrl?: string;
  /** PostgreSQL connection string (DATABASE_URL): the log's home when no eventStoreUrl is given. */
  databaseUrl: string;
  /** Connections of the PostgreSQL log's pool. */
  poolSize?: number;
}

/** The event log the configuration selects: KurrentDB when eventStoreUrl is set, PostgreSQL otherwise. */
export function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  return config.eventStoreUrl
    ? KurrentDbEventStore.connect({ connectionString: config.eventStoreUrl })
    : PostgresEventStore.connect({ connectionString: config.databaseUrl, poolSize: config.poolSize });
}
