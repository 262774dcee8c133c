import { createHash, randomBytes } from 'node:crypto';

/** Makes a key recognizable in a config file or a leaked-secret scan. */
export const API_KEY_PREFIX = 'crm_';

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Keys carry 256 random bits, so a plain fast hash is enough: there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
