import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { DataKeyNotFoundError, MasterKeyMismatchError, SubjectErasedError } from '../crypto.errors.js';
import { MasterKey } from '../master-key/master-key.js';
import { DataKeyStore } from './data-key.store.js';
import type { CryptoDatabase } from './data-key.table.js';
import { migrateCrypto } from './migrate-crypto.js';

describe('DataKeyStore', () => {
  let database: TestDatabase;
  let db: Kysely<CryptoDatabase>;
  const masterKey = new MasterKey(randomBytes(32));
  const customer = () => ({ kind: 'customer' as const, id: randomUUID() });
  const uncached = () => new DataKeyStore(db, masterKey, { cacheTtlMs: 0 });

  beforeAll(async () => {
    database = await createTestDatabase('data_key');
    db = createReadDb(database.url) as unknown as Kysely<CryptoDatabase>;
    await migrateCrypto(db);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('makes a subject key on first use and finds the same key later, by subject and by id', async () => {
    const subject = customer();
    const made = await uncached().keyFor(subject);
    expect(made.key).toHaveLength(32);
    expect(await uncached().keyFor(subject)).toEqual(made);
    expect(await uncached().keyById(made.keyId)).toEqual(made.key);
    expect(await uncached().keyFor(customer())).not.toEqual(made);
  });

  it('stores the key only wrapped, and never under the subject of another row', async () => {
    const made = await uncached().keyFor(customer());
    const row = await db.selectFrom('data_key').selectAll().where('key_id', '=', made.keyId).executeTakeFirstOrThrow();
    expect(row.wrapped_key!.includes(made.key)).toBe(false);
    expect(row.master_key_id).toBe(masterKey.id);
  });

  it('gives concurrent first writers one key', async () => {
    const subject = customer();
    const keys = await Promise.all(Array.from({ length: 6 }, () => uncached().keyFor(subject)));
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(1);
    const rows = await db.selectFrom('data_key').select('key_id').where('subject_id', '=', subject.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('destroys a key for good: gone from the table, unreadable by id, never made again', async () => {
    const subject = customer();
    const keys = uncached();
    const { keyId } = await keys.keyFor(subject);
    expect(await keys.destroy(subject)).toBe(true);

    const row = await db.selectFrom('data_key').selectAll().where('key_id', '=', keyId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ wrapped_key: null, master_key_id: null, destroyed_at: expect.any(Date) });
    expect(await keys.keyById(keyId)).toBeNull();
    await expect(keys.keyFor(subject)).rejects.toThrow(SubjectErasedError);
    expect(await keys.destroy(subject)).toBe(false);
  });

  it('leaves a tombstone for a subject that never had a key', async () => {
    const subject = customer();
    expect(await uncached().destroy(subject)).toBe(false);
    await expect(uncached().keyFor(subject)).rejects.toThrow(SubjectErasedError);
  });

  it('forgets a key destroyed by another process once its cache entry expires', async () => {
    let now = 0;
    const subject = customer();
    const reader = new DataKeyStore(db, masterKey, { cacheTtlMs: 1000, clock: () => now });
    const { keyId } = await reader.keyFor(subject);
    expect(await reader.keyById(keyId)).not.toBeNull();

    await uncached().destroy(subject);
    now += 999;
    expect(await reader.keyById(keyId)).not.toBeNull();
    now += 1;
    expect(await reader.keyById(keyId)).toBeNull();
    await expect(reader.keyFor(subject)).rejects.toThrow(SubjectErasedError);
  });

  it('reads a key once for many concurrent readers of it, as a replay decoding a page is', async () => {
    const { keyId, key } = await uncached().keyFor(customer());
    let queries = 0;
    const counted = db.withPlugin({
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const keys = new DataKeyStore(counted, masterKey);
    const found = await Promise.all(Array.from({ length: 20 }, () => keys.keyById(keyId)));
    expect(found.every((each) => each?.equals(key))).toBe(true);
    expect(queries).toBe(1);
  });

  it('names an unknown key id instead of treating it as erased', async () => {
    await expect(uncached().keyById(randomUUID())).rejects.toThrow(DataKeyNotFoundError);
  });

  it('refuses another master key, before writing and when reading', async () => {
    const { keyId } = await uncached().keyFor(customer());
    const stranger = new DataKeyStore(db, new MasterKey(randomBytes(32)), { cacheTtlMs: 0 });
    await expect(stranger.assertMasterKey()).rejects.toThrow(MasterKeyMismatchError);
    await expect(stranger.keyById(keyId)).rejects.toThrow(/wrapped with master key [0-9a-f]{16}, but the configured master key is/);
    await expect(uncached().assertMasterKey()).resolves.toBeUndefined();
  });
});
