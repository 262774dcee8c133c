import pg from 'pg';
import { unreachableMessage } from '#crm/config';
import { describePostgresUrl } from './postgres-url.js';

export class PostgresUnreachableError extends Error {
  readonly code = 'POSTGRES_UNREACHABLE';
  constructor(url: string, cause: unknown) {
    super(unreachableMessage('PostgreSQL', describePostgresUrl(url), cause), { cause });
  }
}

/** Fails fast, with one line, when the database cannot be reached or refuses us. */
export async function assertPostgresReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new PostgresUnreachableError(url, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
