import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { CommandPipeline, passThroughCodec } from '#crm/commands';
import { loadConfig } from '#crm/config';
import { SealKey } from '#crm/crypto';
import { customerDecider, type CustomerCommand } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { firstEvents } from '#test/support/first-events';
import { AccessLogStore } from '../access-log/access-log.store.js';
import { verifyLog } from '../verify/verify-log.js';
import { AutoSealer } from './auto-sealer.js';
import { SealStore } from './seal.store.js';
import type { AuditDatabase } from './seal.table.js';
import { Sealer } from './sealer.js';

describe('Sealer', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let db: Kysely<AuditDatabase>;
  let pipeline: CommandPipeline;
  let written = 0;
  const key = new SealKey(generateKeyPairSync('ed25519').privateKey);
  const customer = randomUUID();
  const metadata = { now: new Date('2026-05-01T09:00:00Z'), actor: { id: 'staff-3', role: 'operator' as const } };
  const verify = () => verifyLog({ store, db, publicKey: key.publicKey });

  /** `count` more notes on the one customer, waited for until readable. */
  async function notes(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      const command = { type: 'AddNote', data: { customerId: customer, channel: 'phone', text: `note ${written + index}` }, metadata };
      await pipeline.handle(customerDecider, command as CustomerCommand);
    }
    written += count;
    await firstEvents(store, written);
  }

  const access = (subjectId: string) =>
    new AccessLogStore(db).record({ actorId: 'staff-3', actorRole: 'operator', apiKeyId: 'k', subjectKind: 'customer', subjectId, action: 'history', route: 'GET /customers/:id/history', reason: null });

  beforeAll(async () => {
    database = await createTestDatabase('sealer');
    store = await PostgresEventStore.connect({ connectionString: database.url });
    db = createReadDb(database.url);
    await migrateReadStore(db);
    pipeline = new CommandPipeline(store, passThroughCodec);
    const registered = { type: 'RegisterCustomer', data: { customerId: customer, kind: 'person', name: 'Grace', source: 'web' }, metadata };
    await pipeline.handle(customerDecider, registered as CustomerCommand);
    written = 1;
    await notes(24);
  });

  afterAll(async () => {
    await store.close();
    await db.destroy();
    await database.drop();
  });

  it('seals in pieces of at most maxEntries, each following on from the one before, then has nothing to seal', async () => {
    const sealer = new Sealer(db, store, key, { maxEntries: 10 });
    const seals = await sealer.seal('events');
    expect(seals.map((seal) => [seal.seq, seal.count, seal.total])).toEqual([
      ['1', 10, '10'],
      ['2', 10, '20'],
      ['3', 5, '25'],
    ]);
    expect(seals[1]!.previousHash).toBe(seals[0]!.headHash);
    expect(seals[1]!.after).toBe(seals[0]!.through);
    expect(await sealer.seal('events')).toEqual([]);
    expect(await verify()).toMatchObject({ status: 'intact', sealed: { events: { seals: 3, trusted: 3, unsealed: 0 } } });
  });

  it('makes one chain when several sealers run at once', async () => {
    await notes(30);
    const sealers = Array.from({ length: 4 }, () => new Sealer(db, store, key, { maxEntries: 7 }));
    const made = (await Promise.all(sealers.map((sealer) => sealer.seal('events')))).flat();
    expect(made.reduce((sum, seal) => sum + seal.count, 0)).toBe(30);
    const all = await new SealStore(db).list('events');
    expect(all.map((seal) => seal.seq)).toEqual(all.map((_, index) => String(index + 1)));
    expect(all.at(-1)!.total).toBe('55');
    expect(await verify()).toMatchObject({ status: 'intact', problemCount: 0 });
  });

  it('names a seal removed from the middle, and leaves what it covered unchecked rather than accused', async () => {
    await sql`delete from audit_seal where log = 'events' and seq = 2`.execute(db);
    const report = await verify();
    expect(report.problems).toEqual([expect.objectContaining({ log: 'events', seal: '3', reason: 'seal-missing' })]);
  });

  it('lists the first 100 problems and counts them all', async () => {
    await sql`update events set metadata = jsonb_set(metadata, '{channel}', '"web"')`.execute(db);
    const report = await verify();
    // every event: its hash, and (but for the 10 of the removed seal) its seal; plus the removed seal itself
    expect(report.problemCount).toBe(55 + (55 - 10) + 1);
    expect(report.problems).toHaveLength(100);
  });

  it('names an event slipped into a sealed range', async () => {
    const intruder = randomUUID();
    await sql`
      insert into events (position, transaction_id, event_id, stream_name, stream_revision, event_type, data, metadata, recorded_at)
      overriding system value
      select (select max(position) + 1000 from events), transaction_id, ${intruder}::uuid, 'customer-intruder', 0, event_type, data, metadata, recorded_at
      from events order by position limit 1`.execute(db);
    const report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ eventId: intruder, streamName: 'customer-intruder', reason: 'inserted-into-sealed', seal: '1' }));
  });

  it('seals an access-log row that commits after a higher id: the sealer waits for open inserts', async () => {
    await access('first');
    const late = new pg.Client({ connectionString: database.url });
    await late.connect();
    try {
      await late.query('begin');
      await late.query(`insert into access_log (actor_id, actor_role, api_key_id, subject_kind, subject_id, action, route) values ('s', 'operator', 'k', 'customer', 'late', 'state', 'GET /x')`);
      await access('after');
      const sealing = new Sealer(db, store, key).seal('access');
      await waitForLockWait(late);
      await late.query('commit');
      const [seal] = await sealing;
      expect(seal).toMatchObject({ seq: '1', count: 3, total: '3' });
      expect((await new SealStore(db).entries('access', '1')).map((entry) => (entry.label as { subjectId: string }).subjectId)).toEqual(['first', 'late', 'after']);
    } finally {
      await late.end();
    }
  });

  it('seals automatically every N items, or after N seconds when fewer wait', async () => {
    const sealer = new Sealer(db, store, key);
    const config = loadConfig({ CRM_SEAL_EVERY_EVENTS: '3', CRM_SEAL_EVERY_SECONDS: '3600' });
    const auto = new AutoSealer(sealer, config);
    await access('one');
    await access('two');
    await auto.sealIfDue();
    expect(await new SealStore(db).last('access')).toMatchObject({ seq: '1' });
    await access('three');
    await auto.sealIfDue();
    expect(await new SealStore(db).last('access')).toMatchObject({ seq: '2', total: '6' });
    await access('four');
    expect(await sealer.due('access', 3, 3600)).toEqual({ log: 'access', unsealed: 1, due: false });
    expect(await sealer.due('access', 3, 3600, new Date(Date.now() + 3_600_000))).toEqual({ log: 'access', unsealed: 1, due: true });
  });
});

/** Until the sealer's `lock table` waits behind the open insert of `holder`. */
async function waitForLockWait(holder: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await holder.query(
      `select count(*)::int as waiting from pg_locks where not granted and relation = 'access_log'::regclass and mode = 'ShareLock'`,
    );
    if (rows[0].waiting > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
