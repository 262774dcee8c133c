import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { CommandPipeline } from '#crm/commands';
import { customerDecider, customerStreamName, type CustomerCommand } from '#crm/domain';
import { DataKeyStore, MasterKey, migrateCrypto, PersonalDataCodec } from '#crm/crypto';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { firstEvents } from '#test/support/first-events';
import { describeVerifyReport, verifyLog, type VerifyProgress } from './verify-log.js';

describe('verifyLog on the PostgreSQL event log', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let db: Kysely<any>;
  let keys: DataKeyStore;
  let pipeline: CommandPipeline;
  const customers = [randomUUID(), randomUUID(), randomUUID()];
  const metadata = { now: new Date('2026-04-01T09:00:00Z'), actor: { id: 'staff-7', role: 'operator' as const } };
  const handle = (command: Omit<CustomerCommand, 'metadata'>) =>
    pipeline.handle(customerDecider, { ...command, metadata } as CustomerCommand);

  beforeAll(async () => {
    database = await createTestDatabase('verify_log');
    store = await PostgresEventStore.connect({ connectionString: database.url });
    db = createReadDb(database.url);
    await migrateCrypto(db);
    keys = new DataKeyStore(db, new MasterKey(randomBytes(32)), { cacheTtlMs: 0 });
    pipeline = new CommandPipeline(store, new PersonalDataCodec(keys));
    for (const customerId of customers) {
      await handle({ type: 'RegisterCustomer', data: { customerId, kind: 'person', name: 'Ada Lovelace', email: 'ada@example.org', source: 'web' } });
      await handle({ type: 'AddNote', data: { customerId, channel: 'phone', text: 'Prefers mornings' } });
    }
    await handle({ type: 'LogCall', data: { customerId: customers[0], channel: 'phone', direction: 'inbound', durationSeconds: 60, outcome: 'reached' } });
    await firstEvents(store, 7);
  });

  afterAll(async () => {
    await store.close();
    await db.destroy();
    await database.drop();
  });

  it('reports the log intact, counting events and streams, with progress up to the end', async () => {
    const progress: VerifyProgress[] = [];
    const report = await verifyLog(store, { onProgress: (step) => progress.push(step), progressEvery: 2 });
    expect(report).toEqual({ status: 'intact', events: 7, streams: 3 });
    expect(describeVerifyReport(report)).toBe('intact, 7 events, 3 streams');
    expect(progress[0]).toEqual({ done: 0, total: 7 });
    expect(progress.at(-1)).toEqual({ done: 7, total: 7 });
  });

  it('still verifies after a customer is erased: hashes cover the encrypted form', async () => {
    await handle({ type: 'EraseCustomer', data: { customerId: customers[1] } });
    await keys.destroy({ kind: 'customer', id: customers[1] });
    await firstEvents(store, 8);
    expect(await verifyLog(store)).toEqual({ status: 'intact', events: 8, streams: 3 });
  });

  it('names the event whose row was altered in PostgreSQL, and why; intact again once restored', async () => {
    const target = await db
      .selectFrom('events')
      .select(['event_id', 'data'])
      .where('stream_name', '=', customerStreamName(customers[2]))
      .where('event_type', '=', 'NoteAdded')
      .executeTakeFirstOrThrow();
    await sql`update events set data = jsonb_set(data, '{channel}', '"email"') where event_id = ${target.event_id}`.execute(db);

    const report = await verifyLog(store);
    expect(report).toMatchObject({
      status: 'tampered',
      firstMismatch: {
        eventId: target.event_id,
        streamName: customerStreamName(customers[2]),
        revision: '1',
        type: 'NoteAdded',
        reason: 'hash-mismatch',
      },
    });
    expect(describeVerifyReport(report)).toMatch(new RegExp(`^tampered: hash-mismatch at event ${target.event_id} \\(NoteAdded, customer-`));

    await sql`update events set data = ${JSON.stringify(target.data)}::jsonb where event_id = ${target.event_id}`.execute(db);
    expect(await verifyLog(store)).toMatchObject({ status: 'intact' });
  });

  it('names a revision gap when an event row is deleted', async () => {
    const stream = customerStreamName(customers[0]);
    await sql`delete from events where stream_name = ${stream} and stream_revision = 1`.execute(db);
    const report = await verifyLog(store);
    expect(report).toMatchObject({ status: 'tampered', firstMismatch: { streamName: stream, revision: '2', reason: 'revision-gap' } });
  });
});
