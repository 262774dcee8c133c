import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The embedded cluster's superuser password: random, made with the cluster, kept beside it and
 * readable by its owner only, so other users of the machine cannot log in on the local port.
 */
export async function clusterPassword(dataDir: string, newCluster: boolean): Promise<string> {
  const file = join(dataDir, 'postgres-password');
  if (newCluster) {
    const password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
  const stored = await readFile(file, 'utf8').catch(() => {
    throw new Error(`the embedded PostgreSQL in ${dataDir} has lost its password file ${file}; restore it or start with an empty CRM_DATA_DIR`);
  });
  return stored.trim();
}
