import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, type EventStore } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { importFile } from '../import.service.js';
import { allEvents } from '../testing/log-census.js';
import { ImportIds } from './import-ids.js';

const now = new Date('2025-01-01T00:00:00Z');
let database: TestDatabase;
let store: EventStore;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase('import_attach');
  store = await PostgresEventStore.connect({ connectionString: database.url });
  folder = mkdtempSync(join(tmpdir(), 'crm-attach-'));
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await store?.close();
  await database?.drop();
});

function csv(name: string, lines: string[]): string {
  const file = join(folder, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const registrations = async () => (await allEvents(database.url)).filter((event) => event.type === 'CustomerRegistered');

describe('an import row whose address a customer holds', () => {
  it('attaches to that customer, and so do later files naming only its key, run after run', async () => {
    const shop = new ImportIds('shop');
    const crm = new ImportIds('old-crm');
    const first = csv('shop.csv', ['external_id,name,email,phone', 'S1,Ada Lovelace,Ada@Example.org,', 'S2,Phone Only,,+44 20 7946 0958']);
    await importFile({ store, file: first, kind: 'customers', overrides: { source: 'shop' }, now });

    const second = csv('crm.csv', [
      'external_id,name,email,phone',
      'C1,A. Lovelace, ada@EXAMPLE.org ,',
      'C2,By Phone,,+442079460958',
      'C3,Someone New,new@example.org,',
    ]);
    const imported = await importFile({ store, file: second, kind: 'customers', overrides: { source: 'old-crm' }, now });
    expect(imported.badRows).toEqual([]);
    expect((await registrations()).map((event) => event.streamName).sort()).toEqual(
      [shop.customer('S1'), shop.customer('S2'), crm.customer('C3')].map((id) => `customer-${id}`).sort(),
    );

    const touches = csv('touches.csv', [
      'touch_id,customer_id,type,occurred_at,subject,text',
      'T1,C1,note,2024-06-01,,Called back',
      'T2,C2,note,2024-06-02,,Left a message',
    ]);
    const noted = await importFile({ store, file: touches, kind: 'touches', overrides: { source: 'old-crm' }, now });
    expect(noted.badRows).toEqual([]);
    const notes = (await allEvents(database.url)).filter((event) => event.type === 'NoteAdded');
    expect(notes.map((event) => event.streamName).sort()).toEqual([`customer-${shop.customer('S1')}`, `customer-${shop.customer('S2')}`].sort());

    const before = (await allEvents(database.url)).length;
    const again = await importFile({ store, file: second, kind: 'customers', overrides: { source: 'old-crm' }, now });
    expect(again.eventsAppended).toBe(0);
    expect(await allEvents(database.url)).toHaveLength(before);
  });
});
