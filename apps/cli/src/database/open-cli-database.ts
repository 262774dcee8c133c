import type { CrmConfig } from '#crm/config';
import { assertPostgresReachable, startEmbeddedPostgres } from '#crm/database';
import { createReadDb } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { runningEmbeddedPostgresUrl } from './running-embedded-postgres.js';

export interface CliDatabase {
  url: string;
  db: Kysely<any>;
  /** Closes the pool, and stops the embedded PostgreSQL if this command started it. */
  close(): Promise<void>;
}

type CliDatabaseConfig = Pick<CrmConfig, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>;

/**
 * The database `npm start` uses, for one command: DATABASE_URL when set; otherwise the embedded
 * PostgreSQL in CRM_DATA_DIR — joined if the app is running it, started (and stopped again when
 * the command ends) if not.
 */
export async function openCliDatabase(config: CliDatabaseConfig): Promise<CliDatabase> {
  const server = await reachServer(config);
  // A small pool leaves the app its connections, but a rebuild holds three at once: its lock
  // session, the page's transaction, and the key reads that decrypt the page's personal data.
  const db = createReadDb(server.url, { maxConnections: 4 });
  return {
    url: server.url,
    db,
    async close() {
      await db.destroy();
      await server.stop();
    },
  };
}

async function reachServer(config: CliDatabaseConfig): Promise<{ url: string; stop(): Promise<void> }> {
  const keepRunning = async () => undefined;
  if (config.databaseUrl) {
    await assertPostgresReachable(config.databaseUrl);
    return { url: config.databaseUrl, stop: keepRunning };
  }
  const running = await runningEmbeddedPostgresUrl(config.dataDir);
  // A postmaster.pid whose pid now belongs to another process answers nothing: start our own then,
  // and let startEmbeddedPostgres clear the stale file or report who holds the folder.
  if (running && (await reachable(running))) return { url: running, stop: keepRunning };
  return startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
}

function reachable(url: string): Promise<boolean> {
  return assertPostgresReachable(url, 2000).then(
    () => true,
    () => false,
  );
}
