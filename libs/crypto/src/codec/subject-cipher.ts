import { open, seal } from '../aead/aes-gcm.js';
import type { DataKeyStore } from '../data-keys/data-key.store.js';
import type { DataSubject } from '../data-keys/data-subject.js';
import { sealedOf, toEncryptedPersonal, type EncryptedPersonal } from './encrypted-personal.js';

/**
 * Text about one person sealed with that person's data key, in the log's `$enc` form: whatever is
 * sealed here (an event's personal object, an exported file) is shredded by the same erasure.
 */
export class SubjectCipher {
  constructor(private readonly keys: DataKeyStore) {}

  /** `aad` names where the text belongs, so a sealed value moved elsewhere does not open. Throws SubjectErasedError once erased. */
  async seal(subject: DataSubject, plaintext: string, aad: string): Promise<EncryptedPersonal> {
    const { keyId, key } = await this.keys.keyFor(subject);
    return toEncryptedPersonal(keyId, seal(key, Buffer.from(plaintext, 'utf8'), aad));
  }

  /** The text, or null once its key was destroyed (the person was erased). */
  async open(sealed: EncryptedPersonal, aad: string): Promise<string | null> {
    const key = await this.keys.keyById(sealed.$enc.keyId);
    if (key === null) return null;
    return open(key, sealedOf(sealed), aad).toString('utf8');
  }
}
