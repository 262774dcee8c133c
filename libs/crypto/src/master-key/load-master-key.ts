import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrmConfig } from '#crm/config';
import { MasterKey } from './master-key.js';

export const DEVELOPMENT_KEY_FILE = 'development-master-key';

/**
 * CRM_MASTER_KEY when set. Otherwise a development key in CRM_DATA_DIR, created on first start
 * (exclusively, so two processes starting together agree on one) and announced on every start:
 * whoever reads the data folder can read the personal data, which is fine on a laptop only.
 * A database whose keys were wrapped with another master key is refused later, by DataKeyStore.
 */
export async function loadMasterKey(
  config: Pick<CrmConfig, 'masterKey' | 'dataDir'>,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<MasterKey> {
  if (config.masterKey) return MasterKey.fromBase64(config.masterKey, 'CRM_MASTER_KEY');
  const path = join(config.dataDir, DEVELOPMENT_KEY_FILE);
  const created = await createKeyFile(path);
  const key = MasterKey.fromBase64(await readFile(path, 'utf8'), path);
  warn(
    `CRM_MASTER_KEY is not set: personal data is encrypted with a DEVELOPMENT master key (id ${key.id}) ` +
      `${created ? 'created now in' : 'read from'} ${path}. Never run production like this: see docs/compliance.md.`,
  );
  return key;
}

// Written aside and linked into place: a process that loses the race never reads a half-written file.
async function createKeyFile(path: string): Promise<boolean> {
  await mkdir(join(path, '..'), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}
