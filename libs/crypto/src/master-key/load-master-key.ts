import { randomBytes } from 'node:crypto';
import type { CrmConfig } from '#crm/config';
import { developmentKeyFile, developmentKeyWarning } from './key-file.js';
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
  const file = await developmentKeyFile(config.dataDir, DEVELOPMENT_KEY_FILE, () => `${randomBytes(32).toString('base64')}\n`);
  const key = MasterKey.fromBase64(file.text, file.path);
  warn(developmentKeyWarning('CRM_MASTER_KEY', 'personal data is encrypted with', 'master key', key.id, file, 'Never run production like this: see docs/compliance.md.'));
  return key;
}
