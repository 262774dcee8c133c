import type { CustomerEvent } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { duplicatesProjection } from './duplicates.projection.js';
import { duplicatesPage, parseDuplicatesCursor } from './duplicates.queries.js';

const id = (n: number) => `d0000000-0000-4000-8000-00000000000${n}`;
const organization = 'e0000000-0000-4000-8000-000000000001';
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const address = (postalCode: string) => ({ line1: '1 High St', line2: null, city: 'London', region: null, postalCode, country: 'GB' });

function registered(
  n: number,
  personal: { name: string; email?: string; phone?: string; postalCode?: string },
  organizationId: string | null = null,
): CustomerEvent {
  return {
    type: 'CustomerRegistered',
    data: {
      customerId: id(n),
      kind: 'person',
      organizationId,
      source: 'api',
      ownerId: null,
      attributes: {},
      occurredAt: day(n).toISOString(),
      personal: {
        name: personal.name,
        email: personal.email ?? null,
        phone: personal.phone ?? null,
        address: personal.postalCode ? address(personal.postalCode) : null,
        externalIds: [],
      },
    },
  };
}

const history: CustomerEvent[] = [
  registered(1, { name: 'Ada Lovelace', email: 'Ada@Example.org', phone: '+44 20 7946 0958' }),
  registered(2, { name: 'A. Lovelace', email: 'ada@example.ORG' }),
  registered(3, { name: 'Grace Hopper', phone: '+442079460958', postalCode: 'sw1a 1aa' }),
  registered(4, { name: 'Hopper, Gráce', postalCode: 'SW1A1AA' }),
  registered(5, { name: 'Charles Babbage' }, organization),
  registered(6, { name: 'babbage charles' }, organization),
  registered(7, { name: 'Charles Babbage' }),
  registered(8, { name: 'Mary Somerville', email: 'mary@example.org' }),
  { type: 'CustomerDetailsChanged', data: { customerId: id(8), personal: { email: 'ada@example.org' } } },
  { type: 'CustomerDetailsChanged', data: { customerId: id(8), personal: { email: 'mary@example.org' } } },
  registered(9, { name: 'Ada Byron', email: 'ADA@example.org' }),
  { type: 'CustomerErased', data: { customerId: id(9), occurredAt: day(20).toISOString() } },
];

describe('duplicates projection', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;
  const schema = projectionSchema('duplicates');
  const log = new TestLog();

  beforeAll(async () => {
    database = await createTestDatabase('duplicates');
    db = createReadDb(database.url);
    await freshSchema(db, duplicatesProjection, schema);
    await applyInBatches(
      db,
      duplicatesProjection,
      schema,
      history.map((event, index) => log.record(event, day(index))),
      [2, 9],
    );
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('pairs records by address, by name in one organization or postal code, strongest first, without the erased', async () => {
    const { items, nextCursor } = await duplicatesPage(db, { limit: 10 });
    expect(items).toEqual([
      { customerId: id(1), otherId: id(2), reasons: ['email'], score: 100 },
      { customerId: id(1), otherId: id(3), reasons: ['phone'], score: 90 },
      { customerId: id(5), otherId: id(6), reasons: ['name-and-organization'], score: 70 },
      { customerId: id(3), otherId: id(4), reasons: ['name-and-postal-code'], score: 60 },
    ]);
    expect(nextCursor).toBeNull();
  });

  it('pages by keyset and filters by customer', async () => {
    const first = await duplicatesPage(db, { limit: 3 });
    const second = await duplicatesPage(db, { limit: 3, after: parseDuplicatesCursor(first.nextCursor!) });
    expect([...first.items, ...second.items].map((pair) => pair.otherId)).toEqual([id(2), id(3), id(6), id(4)]);
    expect(second.nextCursor).toBeNull();
    expect((await duplicatesPage(db, { limit: 10, customerId: id(3) })).items.map((pair) => [pair.customerId, pair.otherId])).toEqual([
      [id(1), id(3)],
      [id(3), id(4)],
    ]);
    expect(parseDuplicatesCursor('not a cursor')).toBeNull();
  });

  it('builds the same tables live and in a rebuild', async () => {
    const steps = history.map((event, index) => ({ event, recordedAt: day(index), sweepBefore: false }));
    const tables = [
      { name: 'duplicate_subject', orderBy: ['customer_id'] },
      { name: 'duplicate_pair', orderBy: ['customer_id', 'other_id'] },
    ];
    const { incremental, rebuilt } = await buildTwice(db, duplicatesProjection, tables, steps, [1, 5, 10]);
    expect(incremental).toEqual(rebuilt);
  });
});
