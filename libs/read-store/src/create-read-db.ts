import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { ReadDatabase } from './read-database.js';

export interface ReadDbOptions {
  /** Pool size; the default suits one api or projector process. */
  maxConnections?: number;
  /** Told about connection errors on idle clients, which would otherwise crash the process. */
  onIdleError?: (error: Error) => void;
}

export function createReadDb(databaseUrl: string, options: ReadDbOptions = {}): Kysely<ReadDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10, connectionTimeoutMillis: 5000 });
  // A restarted PostgreSQL drops idle connections; the pool replaces them, so this is not fatal.
  pool.on('error', options.onIdleError ?? (() => undefined));
  return new Kysely<ReadDatabase>({ dialect: new PostgresDialect({ pool }) });
}
