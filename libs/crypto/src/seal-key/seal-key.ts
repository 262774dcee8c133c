import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { InvalidSealKeyError } from '../crypto.errors.js';

/** The public half of the seal key: all an auditor needs to check seals, offline. */
export class SealPublicKey {
  /** The first 16 hex digits of the SHA-256 of the key's SPKI DER: names it in every seal. */
  readonly id: string;

  private constructor(private readonly key: KeyObject) {
    this.id = createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
  }

  static of(key: KeyObject, where: string): SealPublicKey {
    if (key.asymmetricKeyType !== 'ed25519') throw new InvalidSealKeyError(where);
    return new SealPublicKey(key);
  }

  static fromPem(pem: string, where: string): SealPublicKey {
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch {
      throw new InvalidSealKeyError(where);
    }
    return SealPublicKey.of(key, where);
  }

  get pem(): string {
    return this.key.export({ format: 'pem', type: 'spki' }).toString();
  }

  verify(message: string, signature: string): boolean {
    try {
      return verify(null, Buffer.from(message), this.key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }
}

/**
 * The Ed25519 key that signs the log's seals. It is kept out of the database, so whoever can
 * rewrite the database cannot write a seal that verifies. The private key sits in a private field.
 */
export class SealKey {
  readonly #key: KeyObject;
  readonly publicKey: SealPublicKey;

  constructor(key: KeyObject, where = 'the seal key') {
    if (key.asymmetricKeyType !== 'ed25519' || key.type !== 'private') throw new InvalidSealKeyError(where);
    this.#key = key;
    this.publicKey = SealPublicKey.of(createPublicKey(key), where);
  }

  /** PKCS#8 as PEM, or base64 of its DER (what fits an environment variable). */
  static fromText(text: string, where: string): SealKey {
    let key: KeyObject;
    try {
      key = text.includes('-----BEGIN')
        ? createPrivateKey(text)
        : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
    } catch {
      throw new InvalidSealKeyError(where);
    }
    return new SealKey(key, where);
  }

  get id(): string {
    return this.publicKey.id;
  }

  /** Base64 of the Ed25519 signature of the UTF-8 message. */
  sign(message: string): string {
    return sign(null, Buffer.from(message), this.#key).toString('base64');
  }
}
