import { createHmac } from 'node:crypto';
import { open, packSealed, seal, unpackSealed } from '../aead/aes-gcm.js';
import { InvalidMasterKeyError } from '../crypto.errors.js';

const KEY_BYTES = 32;

/**
 * The key-encryption key: it wraps every data key and is never stored beside them. The bytes
 * sit in a private field, so logging or inspecting the object never shows them.
 */
export class MasterKey {
  readonly #bytes: Buffer;
  /** Names the key without revealing it (an HMAC, not a hash of the key), stored beside each wrapped key. */
  readonly id: string;

  constructor(bytes: Buffer, where = 'the master key') {
    if (bytes.length !== KEY_BYTES) throw new InvalidMasterKeyError(where);
    this.#bytes = Buffer.from(bytes);
    this.id = createHmac('sha256', this.#bytes).update('crm master key id').digest('hex').slice(0, 16);
  }

  static fromBase64(text: string, where?: string): MasterKey {
    const trimmed = text.trim();
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new InvalidMasterKeyError(where ?? 'the master key');
    return new MasterKey(Buffer.from(trimmed, 'base64'), where);
  }

  /** `keyId` is authenticated with the wrapped key, so a wrapped key moved to another row does not open. */
  wrap(dataKey: Buffer, keyId: string): Buffer {
    return packSealed(seal(this.#bytes, dataKey, keyId));
  }

  unwrap(wrapped: Buffer, keyId: string): Buffer {
    return open(this.#bytes, unpackSealed(wrapped), keyId);
  }
}
