import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { survivingLostClients } from '#crm/event-store';
import type { ReadDatabase } from './read-database.js';

export interface ReadDbOptions {
  /** Pool size; the default suits one api or projector process. */
  maxConnections?: number;
  /** Told about connection errors on idle clients, which would otherwise crash the process. */
  onIdleError?: (error: Error) => void;
}

export function createReadDb(databaseUrl: string, options: ReadDbOptions = {}): Kysely<ReadDatabase> {
  const pool = survivingLostClients(new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10, connectionTimeoutMillis: 5000 }), options.onIdleError);
  const db = new Kysely<ReadDatabase>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

const pools = new WeakMap<Kysely<ReadDatabase>, pg.Pool>();

/** The connection pool under a createReadDb instance, for its usage metrics. */
export function poolOf(db: Kysely<ReadDatabase>): pg.Pool | undefined {
  return pools.get(db);
}
