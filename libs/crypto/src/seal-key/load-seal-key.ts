import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CrmConfig } from '#crm/config';
import { developmentKeyFile, developmentKeyWarning } from '../master-key/key-file.js';
import { SealKey, SealPublicKey } from './seal-key.js';

export const DEVELOPMENT_SEAL_KEY_FILE = 'development-seal-key.pem';

/**
 * CRM_SEAL_KEY when set. Otherwise a development key in CRM_DATA_DIR, created on first use like
 * the development master key and announced: a key beside the database it seals proves little.
 */
export async function loadSealKey(
  config: Pick<CrmConfig, 'sealKey' | 'dataDir'>,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<SealKey> {
  if (config.sealKey) return SealKey.fromText(config.sealKey, 'CRM_SEAL_KEY');
  const file = await developmentKeyFile(config.dataDir, DEVELOPMENT_SEAL_KEY_FILE, () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
  const key = SealKey.fromText(file.text, file.path);
  warn(developmentKeyWarning('CRM_SEAL_KEY', "the logs' seals are signed with", 'seal key', key.id, file, "Keep the seal key off the database's machine in production: see docs/compliance.md."));
  return key;
}

/** An auditor's copy of the public key (`crm audit public-key` prints it). */
export async function readSealPublicKey(path: string): Promise<SealPublicKey> {
  const pem = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the public key ${path}: ${error.code ?? error.message}`);
  });
  return SealPublicKey.fromPem(pem, path);
}
