import type { Sealed } from '../aead/aes-gcm.js';

/**
 * How `data.personal` is stored in the log (docs/compliance.md):
 * `{ "$enc": { "v": 1, "alg": "A256GCM", "keyId": <uuid>, "iv": <b64>, "tag": <b64>, "ciphertext": <b64> } }`,
 * the ciphertext being the UTF-8 JSON of the personal object.
 */
export type EncryptedPersonal = {
  $enc: { v: 1; alg: 'A256GCM'; keyId: string; iv: string; tag: string; ciphertext: string };
};

/** What readers find in place of `data.personal` once the person's key is destroyed. */
export const ERASED_MARKER = '[erased]';

export function toEncryptedPersonal(keyId: string, sealed: Sealed): EncryptedPersonal {
  return {
    $enc: {
      v: 1,
      alg: 'A256GCM',
      keyId,
      iv: sealed.iv.toString('base64'),
      tag: sealed.tag.toString('base64'),
      ciphertext: sealed.ciphertext.toString('base64'),
    },
  };
}

export function isEncryptedPersonal(value: unknown): value is EncryptedPersonal {
  const enc = (value as { $enc?: Record<string, unknown> } | null)?.$enc;
  return (
    typeof enc === 'object' &&
    enc !== null &&
    enc.v === 1 &&
    ['keyId', 'iv', 'tag', 'ciphertext'].every((field) => typeof enc[field] === 'string')
  );
}

export function sealedOf({ $enc }: EncryptedPersonal): Sealed {
  return { iv: Buffer.from($enc.iv, 'base64'), tag: Buffer.from($enc.tag, 'base64'), ciphertext: Buffer.from($enc.ciphertext, 'base64') };
}
