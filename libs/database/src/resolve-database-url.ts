import type { CrmConfig } from '#crm/config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
import { assertPostgresReachable } from './postgres-reachable.js';

export interface ResolvedDatabase {
  url: string;
  /** Present when the CRM started its own PostgreSQL (no DATABASE_URL). */
  embedded?: RunningPostgres;
}

/** DATABASE_URL when given (checked reachable), otherwise an embedded PostgreSQL in CRM_DATA_DIR. */
export async function resolveDatabaseUrl(
  config: Pick<CrmConfig, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    await assertPostgresReachable(config.databaseUrl);
    return { url: config.databaseUrl };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  return { url: embedded.url, embedded };
}
