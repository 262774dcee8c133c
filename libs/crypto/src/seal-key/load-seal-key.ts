import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrmConfig } from '@crm/config';
import { createKeyFile } from '../master-key/key-file.js';
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
  const path = join(config.dataDir, DEVELOPMENT_SEAL_KEY_FILE);
  const created = await createKeyFile(path, () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
  const key = SealKey.fromText(await readFile(path, 'utf8'), path);
  warn(
    `CRM_SEAL_KEY is not set: the log's seals are signed with a DEVELOPMENT key (id ${key.id}) ` +
      `${created ? 'created now in' : 'read from'} ${path}. Keep the seal key off the database's machine in production: see docs/compliance.md.`,
  );
  return key;
}

/** An auditor's copy of the public key (`crm audit public-key` prints it). */
export async function readSealPublicKey(path: string): Promise<SealPublicKey> {
  const pem = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the public key ${path}: ${error.code ?? error.message}`);
  });
  return SealPublicKey.fromPem(pem, path);
}
