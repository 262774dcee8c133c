import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The URL of the embedded PostgreSQL that a running `npm start` serves from `dataDir`, or null
 * when none is running there. Mirrors the layout libs/database gives a cluster: `postgres/`
 * beside its `postgres-password`, superuser `postgres`, database `crm`.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, database = 'crm'): Promise<string | null> {
  const pidFile = await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  if (pidFile === null) return null;
  // postmaster.pid: line 1 the postmaster's pid, line 4 the port it listens on.
  const lines = pidFile.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return null;
  const password = await readFile(join(dataDir, 'postgres-password'), 'utf8').catch(() => null);
  if (password === null) return null;
  return `postgres://postgres:${encodeURIComponent(password.trim())}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
