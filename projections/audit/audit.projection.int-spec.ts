import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { CommandPipeline, passThroughCodec } from '#crm/commands';
import { customerDecider, customerStreamName, type CustomerCommand } from '#crm/domain';
import { parsePosition, PostgresEventStore } from '#crm/event-store';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { firstEvents } from '#test/support/first-events';
import { auditProjection } from './audit.projection.js';
import { auditIndexPage } from './audit.queries.js';

describe('audit projection', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let db: Kysely<any>;
  const [ada, bob] = [randomUUID(), randomUUID()];
  const schema = projectionSchema('audit');

  async function write(actorId: string, command: Omit<CustomerCommand, 'metadata'>, channel?: string) {
    const pipeline = new CommandPipeline(store, passThroughCodec);
    const metadata = { now: new Date(), actor: { id: actorId, role: 'operator' as const } };
    await pipeline.handle(customerDecider, { ...command, metadata } as CustomerCommand, { channel, actorName: 'Front Desk Person' });
  }

  beforeAll(async () => {
    database = await createTestDatabase('audit_projection');
    store = await PostgresEventStore.connect({ connectionString: database.url });
    db = createReadDb(database.url);
    await write('staff-1', { type: 'RegisterCustomer', data: { customerId: ada, kind: 'person', name: 'Ada Lovelace', source: 'web' } }, 'web');
    await write('staff-2', { type: 'RegisterCustomer', data: { customerId: bob, kind: 'person', name: 'Bob Babbage', source: 'store' } }, 'store');
    await write('staff-1', { type: 'LogCall', data: { customerId: ada, channel: 'phone', direction: 'inbound', durationSeconds: 30, outcome: 'reached' } });
    await write('staff-2', { type: 'AddNote', data: { customerId: ada, channel: 'internal', text: 'Lives at 12 Crescent' } });

    await sql`create schema ${sql.id(schema)}`.execute(db);
    await auditProjection.createSchema(db, schema);
    const events = await firstEvents(store, 4);
    // Applied twice, as after a crash between the batch and its checkpoint: nothing doubles.
    await db.transaction().execute((trx) => auditProjection.applyBatch(trx, events, { schema }));
    await db.transaction().execute((trx) => auditProjection.applyBatch(trx, events.slice(2), { schema }));
  });

  afterAll(async () => {
    await store.close();
    await db.destroy();
    await database.drop();
  });

  it('indexes every event in log order with who, how and when', async () => {
    const entries = await auditIndexPage(db, { limit: 10 });
    expect(entries.map((entry) => entry.type)).toEqual(['CustomerRegistered', 'CustomerRegistered', 'CallLogged', 'NoteAdded']);
    expect(entries[2]).toEqual({
      position: expect.stringMatching(/^\d+-\d+$/),
      eventId: expect.any(String),
      streamName: customerStreamName(ada),
      revision: '1',
      type: 'CallLogged',
      schemaVersion: 2,
      actor: { id: 'staff-1', role: 'operator' },
      channel: 'phone',
      occurredAt: expect.any(String),
      recordedAt: expect.any(String),
    });
  });

  it('filters by actor, type, stream, channel and time', async () => {
    expect((await auditIndexPage(db, { actorId: 'staff-2', limit: 10 })).map((entry) => entry.type)).toEqual(['CustomerRegistered', 'NoteAdded']);
    expect(await auditIndexPage(db, { eventType: 'CallLogged', limit: 10 })).toHaveLength(1);
    expect(await auditIndexPage(db, { streamName: customerStreamName(bob), limit: 10 })).toHaveLength(1);
    expect((await auditIndexPage(db, { channel: 'store', limit: 10 })).map((entry) => entry.streamName)).toEqual([customerStreamName(bob)]);
    expect(await auditIndexPage(db, { actorId: 'staff-1', eventType: 'NoteAdded', limit: 10 })).toEqual([]);
    expect(await auditIndexPage(db, { from: new Date(Date.now() + 60_000), limit: 10 })).toEqual([]);
    expect(await auditIndexPage(db, { to: new Date(Date.now() + 60_000), limit: 10 })).toHaveLength(4);
  });

  it('pages by log position', async () => {
    const first = await auditIndexPage(db, { limit: 3 });
    const second = await auditIndexPage(db, { after: parsePosition(first[2].position), limit: 3 });
    expect([...first, ...second].map((entry) => entry.type)).toEqual(['CustomerRegistered', 'CustomerRegistered', 'CallLogged', 'NoteAdded']);
  });

  it('holds no personal data, not even the actor display name', async () => {
    const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(`${schema}.audit_event`)} t`.execute(db);
    const text = rows.map((row) => row.row).join('\n');
    for (const value of ['Ada', 'Bob', 'Crescent', 'Front Desk Person']) expect(text).not.toContain(value);
  });
});
