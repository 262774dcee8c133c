import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, WrongExpectedRevisionError, type EventStore } from '#crm/event-store';
import { TOUCHES_CSV_MAPPING, writeTouchesCsv } from '#test/generators/touches-csv.generator';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { importFile, importTouches } from './import.service.js';
import { MappingError } from './import.errors.js';
import type { ImportMapping } from './mapping/import-mapping.js';
import { ImportIds } from './ids/import-ids.js';
import { allEvents, countTypes, type StoredEvent } from './testing/log-census.js';

const FIXTURE = 'test/fixtures/import/purchases.csv';
const retail = JSON.parse(readFileSync('mappings/online-retail.json', 'utf8')) as ImportMapping;
const now = new Date('2025-01-01T00:00:00Z');

let database: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  database = await createTestDatabase('import_service');
  store = await PostgresEventStore.connect({ connectionString: database.url });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

describe('importing a file with good and bad rows', () => {
  it('lands the good rows, reports the bad ones by line and reason, skips guests, and appends nothing the second time', async () => {
    const progress: number[] = [];
    const first = await importTouches({ store, file: FIXTURE, mapping: retail, now, onProgress: (p) => progress.push(p.rowsRead) });

    expect(first).toMatchObject({ rowsRead: 17, eventsAppended: 12, skipped: { 'guest purchase (no CustomerID)': 2 } });
    expect(first.badRows).toEqual([
      { line: 7, reason: 'Quantity must be a whole number' },
      { line: 13, reason: 'Quantity must not be 0' },
      { line: 16, reason: 'InvoiceDate is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM[:SS])' },
      { line: 18, reason: 'has 7 fields where the header has 8' },
    ]);
    expect(progress.at(-1)).toBe(17);

    const events = await allEvents(database.url);
    expect(countTypes(events)).toEqual({ CustomerRegistered: 3, PurchaseRecorded: 6, PurchaseCancelled: 1, ReturnRecorded: 1, CustomerAttributesChanged: 1 });

    const second = await importTouches({ store, file: FIXTURE, mapping: retail, now });
    expect(second).toMatchObject({ rowsRead: 17, eventsAppended: 0, badRows: first.badRows, skipped: first.skipped });
    expect(await allEvents(database.url)).toHaveLength(events.length);
  });

  it('records an invoice as one purchase in pence, in UTC, from the London shop clock', async () => {
    const ids = new ImportIds('online-retail');
    const events = (await allEvents(database.url)).filter((event) => event.streamName === `customer-${ids.customer('17850')}`);
    expect(events.map((event) => event.type)).toEqual([
      'CustomerRegistered',
      'PurchaseRecorded',
      'PurchaseRecorded',
      'PurchaseCancelled',
      'CustomerAttributesChanged',
      'PurchaseRecorded',
    ]);
    expect(events[0]!.data).toMatchObject({
      kind: 'person',
      source: 'online-retail',
      attributes: { country: 'United Kingdom' },
      occurredAt: '2010-12-01T08:26:00.000Z',
    });
    expect(events[1]!.data).toMatchObject({ orderId: '536365', amount: 3564, currency: 'GBP', channel: 'web', occurredAt: '2010-12-01T08:26:00.000Z' });
    expect(events[2]!.data).toMatchObject({
      orderId: '536366',
      amount: 1284,
      occurredAt: '2011-06-01T07:28:00.000Z',
      lines: [
        { sku: '22633', description: 'HAND WARMER UNION JACK', quantity: 6, unitPrice: 185 },
        { sku: '22632', description: null, quantity: 6, unitPrice: 29 },
      ],
    });
    expect(events[3]!.data).toMatchObject({ orderId: '536365', amount: 678, lines: [{ sku: '71053', quantity: 2, unitPrice: 339 }] });
    expect(events[4]!.data).toMatchObject({ set: { country: 'EIRE' } });
    expect(events[5]!.data).toMatchObject({ orderId: '536374', amount: 2550 });
    expect(events.map((event) => event.metadata.previousHash)).toEqual([null, ...events.slice(0, -1).map((event) => event.metadata.hash)]);
  });

  it('keeps a price of 0.001 GBP (0.1 pence, a line of 0 pence) and records a cancellation of an order before the file as a return', async () => {
    const ids = new ImportIds('online-retail');
    const ofCustomer = async (key: string) => (await allEvents(database.url)).filter((event) => event.streamName === `customer-${ids.customer(key)}`);
    const pads = (await ofCustomer('13047')).find((event) => event.data.orderId === '536369');
    expect(pads?.data).toMatchObject({
      amount: 1785,
      lines: [
        { sku: 'PADS', quantity: 1, unitPrice: 0.1 },
        { sku: '21756', quantity: 3, unitPrice: 595 },
      ],
    });
    const credit = (await ofCustomer('12583')).find((event) => event.type === 'ReturnRecorded');
    expect(credit?.data).toMatchObject({
      returnId: 'C536372',
      orderId: null,
      amount: 3540,
      currency: 'GBP',
      lines: [{ sku: '22086', quantity: 12, unitPrice: 295 }],
    });
  });

  it('refuses a mapping naming a column the file lacks before writing anything', async () => {
    const before = (await allEvents(database.url)).length;
    const wrong = { ...retail, customer: { ...retail.customer, key: 'ClientID' } };
    await expect(importFile({ store, file: FIXTURE, kind: 'touches', mapping: wrong })).rejects.toThrow(
      new MappingError('customer.key', 'names column "ClientID", which the file\'s header (line 1) does not have'),
    );
    await expect(importFile({ store, file: FIXTURE, kind: 'touches', mapping: { ...retail, touch: { ...retail.touch, colour: 'x' } } })).rejects.toThrow(
      /mapping touch.colour: is not a field of touch/,
    );
    expect(await allEvents(database.url)).toHaveLength(before);
  });

  it('writes the same log in batches of a few rows, each decided while the one before is appended', async () => {
    const small = await createTestDatabase('import_small_batches');
    const smallStore = await PostgresEventStore.connect({ connectionString: small.url });
    try {
      const summary = await importTouches({ store: smallStore, file: FIXTURE, mapping: retail, now, batchRows: 2 });
      expect(summary).toMatchObject({ rowsRead: 17, eventsAppended: 12 });
      // metadata carries each run's own correlation id, so the hashes differ between the two logs
      const content = (events: StoredEvent[]) => events.map(({ streamName, type, data }) => ({ streamName, type, data }));
      const [once, inSmallBatches] = [await allEvents(database.url), await allEvents(small.url)];
      expect(content(inSmallBatches)).toEqual(content(once));
      for (const stream of new Set(inSmallBatches.map((event) => event.streamName))) {
        const chain = inSmallBatches.filter((event) => event.streamName === stream);
        expect(chain.map((event) => event.metadata.previousHash)).toEqual([null, ...chain.slice(0, -1).map((event) => event.metadata.hash)]);
      }
    } finally {
      await smallStore.close();
      await small.drop();
    }
  });
});

describe('an import whose appends the log refuses', () => {
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'crm-import-refused-'));
    file = join(folder, 'touches.csv');
    await writeTouchesCsv(file, { rows: 3_000, customers: 120, seed: 7 });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  type BulkAppend = EventStore['appendToStreams'];

  /**
   * Imports the file into a database of its own through the real store, whose appendToStreams
   * `before` may act on first (the n-th call, from 1), counting the appends refused because a stream
   * moved since it was read.
   */
  async function importInto(
    name: string,
    options: { cachedEvents?: number; groupTargetMs?: number; before?: (appends: Parameters<BulkAppend>[0], call: number, real: EventStore) => Promise<void> },
  ) {
    const target = await createTestDatabase(name);
    const real = await PostgresEventStore.connect({ connectionString: target.url, groupTargetMs: options.groupTargetMs });
    let calls = 0;
    let refused = 0;
    const counting: EventStore = Object.create(real, {
      appendToStreams: {
        value: async (appends: Parameters<BulkAppend>[0]) => {
          await options.before?.(appends, ++calls, real);
          return real.appendToStreams(appends).catch((error: unknown) => {
            if (error instanceof WrongExpectedRevisionError) refused += 1;
            throw error;
          });
        },
      },
    });
    try {
      const summary = await importTouches({
        store: counting,
        file,
        mapping: TOUCHES_CSV_MAPPING as unknown as ImportMapping,
        now,
        batchRows: 100,
        cachedEvents: options.cachedEvents,
      });
      return { summary, refused, events: await allEvents(target.url) };
    } finally {
      await real.close();
      await target.drop();
    }
  }

  it('keeps the stream views within the events they may hold, yet never reads again a view the batch in flight uses', async () => {
    const roomy = await importInto('import_views_roomy', { cachedEvents: 1_000_000 });
    // far fewer events than one batch's streams hold: views are dropped all the time
    const tight = await importInto('import_views_tight', { cachedEvents: 50 });

    expect(tight.refused).toBe(0);
    expect(tight.summary.eventsAppended).toBe(tight.events.length);
    expect(tight.events).toEqual(roomy.events.map((event) => ({ ...event, metadata: expect.anything() })));
    expect(roomy.summary.eventsAppended).toBe(roomy.events.length);
  });

  it('counts as appended, not as found, the events of the groups that landed before another writer made the rest fail', async () => {
    let ownerId: string | undefined;
    // Groups sized for 0 ms: after the first call, one stream per transaction. On the second call
    // another writer moves the last stream first, so every group lands but the last.
    const { summary, refused, events } = await importInto('import_refused_group', {
      groupTargetMs: 0,
      before: async (appends, call, real) => {
        if (call !== 2) return;
        const { streamName } = appends.at(-1)!;
        ownerId = randomUUID();
        const customerId = streamName.slice('customer-'.length);
        await real.appendToStream(streamName, [
          { id: randomUUID(), type: 'CustomerOwnerAssigned', data: { customerId, ownerId, previousOwnerId: null }, metadata: {} },
        ]);
      },
    });

    expect(refused).toBe(1);
    expect(events.filter((event) => event.data.ownerId === ownerId)).toHaveLength(1);
    expect(summary).toMatchObject({ eventsAppended: events.length - 1, alreadyImported: 0 });
  });
});
