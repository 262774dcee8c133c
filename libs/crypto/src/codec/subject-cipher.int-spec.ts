import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { DecryptionFailedError, SubjectErasedError } from '../crypto.errors.js';
import { DataKeyStore } from '../data-keys/data-key.store.js';
import type { CryptoDatabase } from '../data-keys/data-key.table.js';
import { migrateCrypto } from '../data-keys/migrate-crypto.js';
import { MasterKey } from '../master-key/master-key.js';
import { SubjectCipher } from './subject-cipher.js';

describe('SubjectCipher', () => {
  let database: TestDatabase;
  let db: Kysely<CryptoDatabase>;
  let keys: DataKeyStore;
  let cipher: SubjectCipher;

  beforeAll(async () => {
    database = await createTestDatabase('subject_cipher');
    db = createReadDb(database.url) as unknown as Kysely<CryptoDatabase>;
    await migrateCrypto(db);
    keys = new DataKeyStore(db, new MasterKey(randomBytes(32)), { cacheTtlMs: 0 });
    cipher = new SubjectCipher(keys);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('seals text with the person’s key, opens it only where it belongs, and not at all once they are erased', async () => {
    const subject = { kind: 'customer', id: randomUUID() } as const;
    const sealed = await cipher.seal(subject, '{"name":"Ada Lovelace"}', 'file-1');
    expect(JSON.stringify(sealed)).not.toContain('Ada');
    expect(sealed.$enc.keyId).toBe((await keys.keyFor(subject)).keyId);
    await expect(cipher.open(sealed, 'file-1')).resolves.toBe('{"name":"Ada Lovelace"}');
    await expect(cipher.open(sealed, 'file-2')).rejects.toThrow(DecryptionFailedError);

    await keys.destroy(subject);
    await expect(cipher.open(sealed, 'file-1')).resolves.toBeNull();
    await expect(cipher.seal(subject, 'anything', 'file-3')).rejects.toThrow(SubjectErasedError);
  });
});
