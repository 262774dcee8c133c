import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { customerStreamName, opportunityStreamName, staffStreamName } from '#crm/domain';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { DecryptionFailedError, NoDataSubjectError } from '../crypto.errors.js';
import { DataKeyStore } from '../data-keys/data-key.store.js';
import type { CryptoDatabase } from '../data-keys/data-key.table.js';
import { migrateCrypto } from '../data-keys/migrate-crypto.js';
import { MasterKey } from '../master-key/master-key.js';
import { ERASED_MARKER } from './encrypted-personal.js';
import { PersonalDataCodec } from './personal-data.codec.js';

describe('PersonalDataCodec', () => {
  let database: TestDatabase;
  let db: Kysely<CryptoDatabase>;
  let keys: DataKeyStore;
  let codec: PersonalDataCodec;
  const personal = { name: 'Ada Lovelace', email: 'ada@example.org', address: { city: 'London' }, externalIds: [] };

  beforeAll(async () => {
    database = await createTestDatabase('personal_codec');
    db = createReadDb(database.url) as unknown as Kysely<CryptoDatabase>;
    await migrateCrypto(db);
    keys = new DataKeyStore(db, new MasterKey(randomBytes(32)), { cacheTtlMs: 0 });
    codec = new PersonalDataCodec(keys);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  function registered(customerId = randomUUID()) {
    return { streamName: customerStreamName(customerId), type: 'CustomerRegistered', data: { customerId, source: 'web', personal } };
  }

  it('replaces data.personal with its ciphertext and leaves the rest readable', async () => {
    const event = registered();
    const encoded = await codec.encode(event);
    expect(encoded).toEqual({
      customerId: event.data.customerId,
      source: 'web',
      personal: {
        $enc: { v: 1, alg: 'A256GCM', keyId: expect.any(String), iv: expect.any(String), tag: expect.any(String), ciphertext: expect.any(String) },
      },
    });
    const stored = JSON.stringify(encoded);
    for (const value of ['Ada', 'Lovelace', 'ada@example.org', 'London']) expect(stored).not.toContain(value);
  });

  it('decodes what it encoded, with one key per customer', async () => {
    const first = registered();
    const encodedFirst = await codec.encode(first);
    const encodedAgain = await codec.encode({ ...first, type: 'CustomerDetailsChanged' });
    const encodedOther = await codec.encode(registered());
    const keyIdOf = (data: object) => (data as { personal: { $enc: { keyId: string } } }).personal.$enc.keyId;
    expect(keyIdOf(encodedAgain)).toBe(keyIdOf(encodedFirst));
    expect(keyIdOf(encodedOther)).not.toBe(keyIdOf(encodedFirst));
    expect(await codec.decode({ ...first, data: encodedFirst })).toEqual(first.data);
  });

  it('leaves events without personal data as they are', async () => {
    const data = { customerId: randomUUID(), channel: 'email', occurredAt: '2026-01-01T00:00:00.000Z' };
    const event = { streamName: customerStreamName(data.customerId), type: 'ConsentGiven', data };
    expect(await codec.encode(event)).toBe(data);
    expect(await codec.decode(event)).toBe(data);
  });

  it('encrypts staff names with a key per staff member', async () => {
    const staffId = randomUUID();
    const event = { streamName: staffStreamName(staffId), type: 'StaffRegistered', data: { staffId, personal: { name: 'Grace Hopper', email: 'g@example.org' } } };
    const encoded = await codec.encode(event);
    expect(JSON.stringify(encoded)).not.toContain('Grace');
    expect(await codec.decode({ ...event, data: encoded })).toEqual(event.data);
  });

  it('refuses personal data in a stream that has no data subject, rather than store it in clear', async () => {
    const event = { streamName: opportunityStreamName(randomUUID()), type: 'OpportunityOpened', data: { personal: { note: 'x' } } };
    await expect(codec.encode(event)).rejects.toThrow(NoDataSubjectError);
  });

  it('does not decrypt a personal object moved to another stream or event type', async () => {
    const event = registered();
    const encoded = await codec.encode(event);
    await expect(codec.decode({ ...event, type: 'NoteAdded', data: encoded })).rejects.toThrow(DecryptionFailedError);
    await expect(codec.decode({ ...event, streamName: customerStreamName(randomUUID()), data: encoded })).rejects.toThrow(DecryptionFailedError);
  });

  it('reads the erased marker in place of personal data once the key is destroyed, and writes nothing new', async () => {
    const event = registered();
    const encoded = await codec.encode(event);
    await keys.destroy({ kind: 'customer', id: event.data.customerId });
    expect(await codec.decode({ ...event, data: encoded })).toEqual({ customerId: event.data.customerId, source: 'web', personal: ERASED_MARKER });
    await expect(codec.encode(event)).rejects.toThrow(/was erased/);
  });
});
