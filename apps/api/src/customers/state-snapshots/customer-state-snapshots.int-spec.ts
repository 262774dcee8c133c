import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readCurrentEvents, type CurrentEvent } from '#crm/commands';
import { DataKeyStore, MasterKey, PersonalDataCodec } from '#crm/crypto';
import { CUSTOMER_FOLD_VERSION, customerHistoryState, customerStreamName, presentCustomerState } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { CrmLogGenerator, Prng, type GeneratedAppend } from '#crm/demo';
import { CustomerHistoryService } from '../customer-history.service.js';
import { CustomerStateSnapshots } from './customer-state-snapshots.js';

// The state as of an instant, folded on from a snapshot, against the same state folded from the
// first event, at every instant the stream was appended at, asked in a shuffled order so that
// snapshots are made by earlier questions and used by later ones.
describe('state as of an instant, from snapshots', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let db: Kysely<any>;
  let keys: DataKeyStore;
  let codec: PersonalDataCodec;
  let history: CustomerHistoryService;
  let customerId: string;
  let events: CurrentEvent[];
  const prng = new Prng(20261202);
  const businessTime = (event: CurrentEvent) => Date.parse((event.data as { occurredAt: string }).occurredAt);

  /** The state folded from scratch, as the service shows it. */
  const fromScratch = (asOf?: Date) => {
    const known = events.filter((event) => !asOf || event.recordedAt <= asOf);
    return { ...presentCustomerState(customerHistoryState(known)), revision: known.at(-1)?.revision.toString() ?? null };
  };
  /** The state folded from scratch at a business time: the events that happened by then, and any erasure. */
  const atBusinessTime = (validAt: Date) => {
    const kept = events.filter((event) => event.type === 'CustomerErased' || businessTime(event) <= validAt.getTime());
    return { ...presentCustomerState(customerHistoryState(kept)), revision: kept.at(-1)?.revision.toString() ?? null };
  };
  const businessTimes = () => events.filter((_, index) => index % 7 === 0).flatMap((event) => [new Date(businessTime(event) - 1), new Date(businessTime(event))]);
  const instants = () => [...new Set(events.map((event) => event.recordedAt.getTime()))].map((ms) => new Date(ms));
  const snapshotRows = () => db.selectFrom('customer_state_snapshot').selectAll().where('customer_id', '=', customerId).orderBy('revision').execute();

  beforeAll(async () => {
    database = await createTestDatabase('state_snapshots');
    store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 4 });
    db = createReadDb(database.url);
    await migrateReadStore(db);
    keys = new DataKeyStore(db, new MasterKey(randomBytes(32)), { cacheTtlMs: 0 });
    codec = new PersonalDataCodec(keys);
    history = new CustomerHistoryService(store, codec, new CustomerStateSnapshots(db, codec));

    const generator = new CrmLogGenerator({ seed: 20261202, customers: 1, events: 5, heavyCustomerEvents: 460 });
    const appends: GeneratedAppend[] = [];
    for await (const append of generator.appends()) appends.push(append);
    customerId = generator.heavyCustomerId!;
    const streamName = customerStreamName(customerId);
    const generated = appends.filter((append) => append.streamName === streamName).flatMap((append) => append.events);
    // appended in batches of 1 to 40, so recorded instants fall anywhere relative to snapshot revisions
    for (let next = 0; next < generated.length; ) {
      const batch = generated.slice(next, next + prng.int(1, 40));
      const encoded = await Promise.all(batch.map(async (event) => ({ ...event, data: await codec.encode({ streamName, type: event.type, data: event.data }) })));
      await store.appendToStream(streamName, encoded, { expectedRevision: next === 0 ? 'no_stream' : BigInt(next - 1) });
      next += batch.length;
    }
    events = [];
    for await (const event of readCurrentEvents(store, codec, streamName)) events.push(event);
  });

  afterAll(async () => {
    await store?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('equals the state folded from the first event, at every instant and now', async () => {
    const asked = [undefined, new Date(events[0].recordedAt.getTime() - 1), ...instants()];
    for (let index = asked.length - 1; index > 0; index -= 1) {
      const other = prng.int(0, index);
      [asked[index], asked[other]] = [asked[other], asked[index]];
    }
    for (const asOf of asked) expect({ asOf, state: await history.state(customerId, asOf) }).toEqual({ asOf, state: fromScratch(asOf) });
    expect((await snapshotRows()).map((row) => row.revision)).toEqual(['99', '199', '299', '399']);
  });

  it('at a business time, folds on from the snapshots as the events that had happened by then fold', async () => {
    for (const validAt of businessTimes()) expect({ validAt, state: await history.state(customerId, undefined, validAt) }).toEqual({ validAt, state: atBusinessTime(validAt) });
  });

  it('keeps the snapshots sealed with the person’s key', async () => {
    const name = (events[0].data.personal as { name: string }).name;
    for (const row of await snapshotRows()) {
      expect(JSON.stringify(row.state)).not.toContain(name);
      expect(row.state).toEqual({ personal: { $enc: expect.objectContaining({ keyId: expect.any(String) }) } });
    }
  });

  it('ignores a snapshot of another fold version', async () => {
    const [first] = await snapshotRows();
    await db
      .insertInto('customer_state_snapshot')
      .values({ ...first, fold_version: CUSTOMER_FOLD_VERSION + 1, revision: '449', created_at: undefined })
      .execute();
    expect(await history.state(customerId)).toEqual(fromScratch());
  });

  it('folds from the start once the person is erased: the snapshots are shredded with the key', async () => {
    await keys.destroy({ kind: 'customer', id: customerId });
    events = [];
    for await (const event of readCurrentEvents(store, codec, customerStreamName(customerId))) events.push(event);
    for (const asOf of [undefined, ...instants().filter((_, index) => index % 5 === 0)]) {
      expect({ asOf, state: await history.state(customerId, asOf) }).toEqual({ asOf, state: fromScratch(asOf) });
    }
    for (const validAt of businessTimes().filter((_, index) => index % 10 === 0)) {
      expect({ validAt, state: await history.state(customerId, undefined, validAt) }).toEqual({ validAt, state: atBusinessTime(validAt) });
    }
    expect(fromScratch()).toMatchObject({ status: 'active', personal: {} });
  });
});
