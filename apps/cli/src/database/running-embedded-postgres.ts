import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive, readPostmasterPid } from '#crm/database';

/**
 * The URL of the embedded PostgreSQL that a running `npm start` serves from `dataDir`, or null
 * when none is running there. Mirrors the layout libs/database gives a cluster: `postgres/`
 * beside its `postgres-password`, superuser `postgres`, database `crm`.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, database = 'crm'): Promise<string | null> {
  const postmaster = await readPostmasterPid(join(dataDir, 'postgres'));
  if (postmaster === undefined) return null;
  const { pid, port } = postmaster;
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isProcessAlive(pid)) return null;
  const password = await readFile(join(dataDir, 'postgres-password'), 'utf8').catch(() => null);
  if (password === null) return null;
  return `postgres://postgres:${encodeURIComponent(password.trim())}@127.0.0.1:${port}/${database}`;
}
