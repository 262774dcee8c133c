import type { CustomerEvent } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { aCustomer } from '#test/support/builders';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { lifecycleProjection } from '../lifecycle/lifecycle.projection.js';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { ERASED_MARKER } from '#crm/crypto';
import { directoryProjection } from './directory.projection.js';
import { directoryPage, parseDirectoryCursor } from './directory.queries.js';

const owner = '7d4c1e2f-3a5b-4c6d-8e9f-0a1b2c3d4e5f';
const acme = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

function registered(n: number, name: string, options: { email?: string; phone?: string; owner?: string; organization?: string; shopId?: string } = {}): CustomerEvent {
  return aCustomer(id(n))
    .named(name)
    .withPersonal({ email: options.email ?? null, phone: options.phone ?? null, externalIds: options.shopId ? [{ system: 'shop', value: options.shopId }] : [] })
    .livingAt({ city: 'Lyon', country: 'FR' })
    .from('import')
    .ownedBy(options.owner ?? null)
    .inOrganization(options.organization ?? null)
    .registeredAt(day(n).toISOString())
    .registered();
}

describe('directory projection', () => {
  let database: TestDatabase;
  let db: Kysely<any>;
  const log = new TestLog();
  const apply = async (events: CustomerEvent[], at = day(30)) => {
    const recorded = events.map((event) => log.record(event, at));
    // The stage filter joins the lifecycle projection's table: feed both, as the projector would.
    await applyInBatches(db, directoryProjection, projectionSchema('directory'), recorded);
    await applyInBatches(db, lifecycleProjection, projectionSchema('lifecycle'), recorded.filter((event) => lifecycleProjection.eventTypes.includes(event.type)));
  };
  const names = async (request: Partial<Parameters<typeof directoryPage>[1]>) =>
    (await directoryPage(db, { limit: 50, ...request })).items.map((item) => item.name);

  beforeAll(async () => {
    database = await createTestDatabase('directory');
    db = createReadDb(database.url);
    await freshSchema(db, directoryProjection, projectionSchema('directory'));
    await freshSchema(db, lifecycleProjection, projectionSchema('lifecycle'));
    await apply([
      registered(1, 'Ada Lovelace', { email: 'ada@example.org', phone: '+441234567890', owner }),
      registered(2, 'Grace Hopper', { email: 'grace@navy.mil', organization: acme, shopId: 'G-2' }),
      registered(3, 'Alan Turing', { email: 'alan@example.org', phone: '+33612345678' }),
      registered(4, 'Edsger Dijkstra', { owner, shopId: 'E-4' }),
      {
        type: 'PurchaseRecorded',
        data: { customerId: id(2), occurredAt: day(20).toISOString(), channel: 'store', orderId: null, lines: [], amount: 100, cost: null, currency: 'EUR' },
      },
    ]);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('lists customers by name with their contact, owner, organization, source, creation, last touch and stage', async () => {
    const page = await directoryPage(db, { limit: 50 });
    expect(page.items.map((item) => item.name)).toEqual(['Ada Lovelace', 'Alan Turing', 'Edsger Dijkstra', 'Grace Hopper']);
    expect(page.items[3]).toEqual({
      customerId: id(2),
      kind: 'person',
      name: 'Grace Hopper',
      email: 'grace@navy.mil',
      phone: null,
      city: 'Lyon',
      country: 'FR',
      externalIds: [{ system: 'shop', value: 'G-2' }],
      attributes: {},
      ownerId: null,
      organizationId: acme,
      organizationRole: null,
      source: 'import',
      createdAt: day(2).toISOString(),
      lastTouchAt: day(20).toISOString(),
      erased: false,
      lifecycle: { stage: 'customer', grade: 'low-value' },
    });
  });

  it('searches name, email and phone by any part, ignoring case and phone separators', async () => {
    expect(await names({ q: 'LOVE' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'example.org' })).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(await names({ q: '+33 6 12' })).toEqual(['Alan Turing']);
    expect(await names({ q: '100%' })).toEqual([]);
  });

  it('filters by owner, organization, lifecycle stage and source id', async () => {
    expect(await names({ ownerId: owner })).toEqual(['Ada Lovelace', 'Edsger Dijkstra']);
    expect(await names({ externalId: 'G-2' })).toEqual(['Grace Hopper']);
    expect(await names({ organizationId: acme })).toEqual(['Grace Hopper']);
    expect(await names({ stage: 'customer' })).toEqual(['Grace Hopper']);
    expect(await names({ stage: 'lead', q: 'a' })).toEqual(['Ada Lovelace', 'Alan Turing', 'Edsger Dijkstra']);
  });

  it('follows details changes and replaces erased personal data with a marker', async () => {
    await apply([
      { type: 'CustomerDetailsChanged', data: { customerId: id(3), personal: { name: 'Alan M. Turing' } } },
      { type: 'CustomerOwnerAssigned', data: { customerId: id(3), ownerId: owner, previousOwnerId: null } },
      { type: 'CustomerAttributesChanged', data: { customerId: id(3), set: { country: 'United Kingdom', sector: 'retail' }, unset: [] } },
      { type: 'CustomerAttributesChanged', data: { customerId: id(3), set: {}, unset: ['sector'] } },
      { type: 'CustomerErased', data: { customerId: id(4), occurredAt: day(31).toISOString() } },
    ]);
    const page = await directoryPage(db, { limit: 50, ownerId: owner });
    expect(page.items.map((item) => [item.name, item.email, item.city, item.erased])).toEqual([
      [ERASED_MARKER, null, null, true],
      ['Ada Lovelace', 'ada@example.org', 'Lyon', false],
      ['Alan M. Turing', 'alan@example.org', 'Lyon', false],
    ]);
    expect(await names({ q: 'dijkstra' })).toEqual([]);
    // Attributes are marketing data, kept as the import mapped them (Online Retail's country).
    expect(page.items.find((item) => item.customerId === id(3))?.attributes).toEqual({ country: 'United Kingdom' });
    // The source's id goes with the rest of the person's data.
    expect(await names({ externalId: 'E-4' })).toEqual([]);
  });

  it('pages with a cursor that stays stable while customers are registered', async () => {
    const first = await directoryPage(db, { limit: 2 });
    await apply([registered(5, 'Aaron Swartz'), registered(6, 'Zuse Konrad')]);
    const second = await directoryPage(db, { limit: 2, after: parseDirectoryCursor(first.nextCursor!) });
    const rest = await directoryPage(db, { limit: 10, after: parseDirectoryCursor(second.nextCursor!) });
    const all = [...first.items, ...second.items, ...rest.items].map((item) => item.name);
    expect(all).toEqual([ERASED_MARKER, 'Ada Lovelace', 'Alan M. Turing', 'Grace Hopper', 'Zuse Konrad']);
    expect(rest.nextCursor).toBeNull();
    expect(parseDirectoryCursor('garbage!')).toBeNull();
  });

  it("shows a postal address's country, else the country an import mapped as an attribute", async () => {
    const shopper = aCustomer(id(7))
      .named('Retail Shopper')
      .withPersonal({ externalIds: [{ system: 'shop', value: 'R-7' }] })
      .registeredAt(day(7).toISOString())
      .registered();
    await apply([{ ...shopper, data: { ...shopper.data, attributes: { country: 'EIRE' } } }]);
    const found = (await directoryPage(db, { limit: 50, externalId: 'R-7' })).items;
    expect(found.map((item) => [item.country, item.attributes.country])).toEqual([['EIRE', 'EIRE']]);
    // Alan Turing lives in France; his United Kingdom attribute does not move him.
    const alan = (await directoryPage(db, { limit: 50, customerIds: [id(3)] })).items;
    expect(alan.map((item) => [item.country, item.attributes.country])).toEqual([['FR', 'United Kingdom']]);
  });
});
