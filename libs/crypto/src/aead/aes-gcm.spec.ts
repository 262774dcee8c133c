import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { DecryptionFailedError } from '../crypto.errors.js';
import { open, packSealed, seal, unpackSealed } from './aes-gcm.js';

describe('AES-256-GCM seal/open', () => {
  const key = randomBytes(32);

  it('opens what it sealed, for any bytes and any associated data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), (bytes, aad) => {
        const plaintext = Buffer.from(bytes);
        expect(open(key, seal(key, plaintext, aad), aad)).toEqual(plaintext);
      }),
    );
  });

  it('never repeats a nonce, so equal plaintexts give different ciphertexts', () => {
    const first = seal(key, Buffer.from('Ada Lovelace'), 'a');
    const second = seal(key, Buffer.from('Ada Lovelace'), 'a');
    expect(first.iv).not.toEqual(second.iv);
    expect(first.ciphertext).not.toEqual(second.ciphertext);
  });

  it('refuses a wrong key', () => {
    const sealed = seal(key, Buffer.from('secret'), 'a');
    expect(() => open(randomBytes(32), sealed, 'a')).toThrow(DecryptionFailedError);
  });

  it('refuses other associated data', () => {
    const sealed = seal(key, Buffer.from('secret'), 'customer-1:NoteAdded');
    expect(() => open(key, sealed, 'customer-2:NoteAdded')).toThrow(DecryptionFailedError);
  });

  it('refuses any altered byte of the ciphertext or the tag', () => {
    const sealed = seal(key, Buffer.from('secret data'), 'a');
    const flipped = (bytes: Buffer, index: number) => Buffer.from(bytes.map((byte, at) => (at === index ? byte ^ 1 : byte)));
    expect(() => open(key, { ...sealed, ciphertext: flipped(sealed.ciphertext, 3) }, 'a')).toThrow(DecryptionFailedError);
    expect(() => open(key, { ...sealed, tag: flipped(sealed.tag, 0) }, 'a')).toThrow(DecryptionFailedError);
  });

  it('packs into one buffer and back', () => {
    const sealed = seal(key, Buffer.from('x'.repeat(40)), 'a');
    expect(open(key, unpackSealed(packSealed(sealed)), 'a').toString()).toBe('x'.repeat(40));
  });
});
