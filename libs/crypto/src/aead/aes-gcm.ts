import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptionFailedError } from '../crypto.errors.js';

/** AES-256-GCM output: a fresh 96-bit nonce per message, and the 128-bit tag that authenticates it. */
export type Sealed = { iv: Buffer; tag: Buffer; ciphertext: Buffer };

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `aad` is authenticated, not encrypted: it binds the ciphertext to where it belongs. */
export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws DecryptionFailedError for a wrong key, a wrong `aad` or an altered byte. */
export function open(key: Buffer, sealed: Sealed, aad: string): Buffer {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) throw new DecryptionFailedError();
  const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.tag);
  try {
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionFailedError();
  }
}

/** One buffer for a column: iv ‖ tag ‖ ciphertext. */
export function packSealed({ iv, tag, ciphertext }: Sealed): Buffer {
  return Buffer.concat([iv, tag, ciphertext]);
}

export function unpackSealed(packed: Buffer): Sealed {
  return {
    iv: packed.subarray(0, IV_BYTES),
    tag: packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    ciphertext: packed.subarray(IV_BYTES + TAG_BYTES),
  };
}
