import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { formatPosition, type RecordedEvent } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { projectionSchema } from './projection.js';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner.js';
import { ProjectionFailedError } from './projection-runner.errors.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { countingStore } from './testing/counting-store.js';
import { markingDecoder } from './testing/test-decoder.js';
import { appendCounted, appendIgnored } from './testing/test-events.js';
import { countingProjection, readApplications, readCounts, type CountingProjectionOptions } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('ProjectionRunner', () => {
  let database: TestDatabase;
  let stores: TestStores;
  const runners: ProjectionRunner[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('projection_runner');
    stores = await openTestStores(database.url);
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await stores.close();
    await database.drop();
  });

  function runner(projections: ProjectionRunnerOptions['projections'], options: Partial<ProjectionRunnerOptions> = {}) {
    const created = new ProjectionRunner({ store: stores.store, db: stores.db, projections, logger: silent, standbyPollMs: 100, ...options });
    runners.push(created);
    return created;
  }

  const status = (projections: ProjectionRunnerOptions['projections']) => new ProjectionStatusService({ store: stores.store, db: stores.db, projections });

  it('applies every event once, in batches, with the checkpoint, catching up then live', async () => {
    const batchSizes: number[] = [];
    const counter = countingProjection({ afterWrites: async (events) => void batchSizes.push(events.length) });
    await appendCounted(stores.store, 'customer-a', 120, { perAppend: 40 });
    await appendIgnored(stores.store, 'customer-a');
    const running = runner([counter], { maxBatchSize: 50 });
    await running.start();

    await appendCounted(stores.store, 'customer-b', 30, { perAppend: 10 });
    const last = await appendCounted(stores.store, 'customer-c', 5);
    await running.waitFor('counter', last.position);

    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 120, 'customer-b': 30, 'customer-c': 5 });
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 155, distinct: 155 });
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(50);
    expect(batchSizes.length).toBeLessThan(155);
    const [counterStatus] = await status([counter]).list();
    expect(counterStatus).toMatchObject({
      name: 'counter',
      state: 'live',
      checkpoint: formatPosition(last.position),
      eventsApplied: 155,
      lagEvents: 0,
      lagMs: 0,
      lastError: null,
    });
  });

  it('stops only the projection that fails, naming the event, and resumes from its checkpoint', async () => {
    const fragileOptions: CountingProjectionOptions = { name: 'fragile', poisonable: true };
    const projections = [countingProjection(), countingProjection(fragileOptions)];
    await appendCounted(stores.store, 'customer-a', 3, { perAppend: 3 });
    const beforePoison = await appendCounted(stores.store, 'customer-a', 2, { perAppend: 2 });
    const poison = await appendCounted(stores.store, 'customer-b', 1, { data: { poison: true } });
    await appendCounted(stores.store, 'customer-a', 4, { perAppend: 4 });
    const running = runner(projections);
    await running.start();

    const failure = await running.waitFor('fragile', poison.position).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProjectionFailedError);
    expect((failure as ProjectionFailedError).failure).toMatchObject({
      position: formatPosition(poison.position),
      eventId: poison.events[0].id,
      eventType: 'TestCounted',
      message: `poisoned event ${poison.events[0].id}`,
    });
    expect(running.stateOf('fragile')).toBe('failed');
    const after = await appendCounted(stores.store, 'customer-c', 2);
    await running.waitFor('counter', after.position);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 9, 'customer-b': 1, 'customer-c': 2 });
    // The events before the poison in its batch kept their effects.
    expect(await readCounts(stores.db, projectionSchema('fragile'))).toEqual({ 'customer-a': 5 });
    const fragileStatus = (await status(projections).list()).find((entry) => entry.name === 'fragile');
    expect(fragileStatus).toMatchObject({
      state: 'failed',
      checkpoint: formatPosition(beforePoison.position),
      failedAt: formatPosition(poison.position),
      failedEventId: poison.events[0].id,
      failedEventType: 'TestCounted',
      lastError: `poisoned event ${poison.events[0].id}`,
      eventsApplied: 5,
      lagEvents: 7,
    });
    expect(fragileStatus!.lagMs).toBeGreaterThan(0);

    fragileOptions.poisonable = false;
    await running.resume('fragile');
    await running.waitFor('fragile', after.position);
    expect(await readCounts(stores.db, projectionSchema('fragile'))).toEqual({ 'customer-a': 9, 'customer-b': 1, 'customer-c': 2 });
    expect(await readApplications(stores.db, projectionSchema('fragile'))).toEqual({ total: 12, distinct: 12 });
  });

  it('decodes every event before applyBatch, and stops at an event it cannot decode, naming it', async () => {
    await appendCounted(stores.store, 'customer-a', 6, { perAppend: 3 });
    const undecodable = await appendCounted(stores.store, 'customer-b', 1, { data: { undecodable: true } });
    const running = runner([countingProjection()], { decode: markingDecoder, maxBatchSize: 50 });
    await running.start();

    const failure = await running.waitFor('counter', undecodable.position).catch((error: unknown) => error);
    expect((failure as ProjectionFailedError).failure).toMatchObject({
      eventId: undecodable.events[0].id,
      message: `cannot decode event ${undecodable.events[0].id}`,
    });
    // Found one event at a time: the decodable ones before it were applied, decoded.
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'decoded:customer-a': 6 });
  });

  it('retries, rather than failing the projection, when the decoder finds no free connection', async () => {
    let refusals = 0;
    const busyOnce = async (event: RecordedEvent) => {
      if (refusals++ === 0) throw new Error('timeout exceeded when trying to connect');
      return markingDecoder(event);
    };
    const running = runner([countingProjection()], { decode: busyOnce, retryMs: 10 });
    await running.start();

    const last = await appendCounted(stores.store, 'customer-a', 3);
    await running.waitFor('counter', last.position);

    expect(running.stateOf('counter')).not.toBe('failed');
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'decoded:customer-a': 3 });
  });

  it('subscribes again from its checkpoint when its subscription drops, applying nothing twice', async () => {
    const counter = countingProjection();
    await appendCounted(stores.store, 'customer-a', 60, { perAppend: 20 });
    const flaky = countingStore(stores.store, 25);
    const running = runner([counter], { store: flaky.store, maxBatchSize: 10, retryMs: 10 });
    await running.start();
    const last = await appendCounted(stores.store, 'customer-b', 5);
    await running.waitFor('counter', last.position);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 60, 'customer-b': 5 });
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 65, distinct: 65 });
    expect(flaky.counts.subscriptions).toBe(2);
  });

  it('outlives the end of its lock connection (PostgreSQL restarting, pg_terminate_backend): stands by, takes the projection again and applies on', async () => {
    const running = runner([countingProjection()]);
    await running.start();
    const before = await appendCounted(stores.store, 'customer-a', 3);
    await running.waitFor('counter', before.position);
    // The lock session holds its connection out of the pool between statements: an error there had no listener and ended the process.
    const { rows } = await sql<{ pid: number }>`
      select pg_terminate_backend(pid) as terminated, pid from pg_locks
      where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`.execute(stores.db);
    expect(rows).toHaveLength(1);

    const after = await appendCounted(stores.store, 'customer-b', 2);
    await running.waitFor('counter', after.position);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 3, 'customer-b': 2 });
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 5, distinct: 5 });
  });

  it('continues from its checkpoint after a restart without applying anything twice', async () => {
    const first = runner([countingProjection()]);
    await first.start();
    const before = await appendCounted(stores.store, 'customer-a', 20, { perAppend: 5 });
    await first.waitFor('counter', before.position);
    await first.stop();
    expect((await status([countingProjection()]).list())[0].state).toBe('stopped');

    const during = await appendCounted(stores.store, 'customer-b', 10, { perAppend: 5 });
    const second = runner([countingProjection()]);
    await second.start();
    await second.waitFor('counter', during.position);

    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual({ 'customer-a': 20, 'customer-b': 10 });
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 30, distinct: 30 });
  });

  it('lets one runner apply a projection while another stands by, and hands over when it stops', async () => {
    const first = runner([countingProjection({ appliedBy: 'first' })]);
    const second = runner([countingProjection({ appliedBy: 'second' })]);
    await Promise.all([first.start(), second.start()]);
    const leaders = [first, second].filter((candidate) => candidate.stateOf('counter') !== 'standby');
    expect(leaders).toHaveLength(1);
    const [leader, standby] = leaders[0] === first ? [first, second] : [second, first];
    const leaderName = leader === first ? 'first' : 'second';

    const before = await appendCounted(stores.store, 'customer-a', 30, { perAppend: 3 });
    await standby.waitFor('counter', before.position);
    expect(standby.stateOf('counter')).toBe('standby');
    await leader.stop();
    const after = await appendCounted(stores.store, 'customer-b', 30, { perAppend: 3 });
    await standby.waitFor('counter', after.position);

    expect(standby.stateOf('counter')).not.toBe('standby');
    const appliedBy = await countingProjection()
      .read(stores.db)
      .selectFrom('applied')
      .select(['applied_by'])
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .groupBy('applied_by')
      .orderBy('applied_by')
      .execute();
    const counts = Object.fromEntries(appliedBy.map((row) => [row.applied_by, Number(row.count)]));
    expect(counts[leaderName]).toBeGreaterThanOrEqual(30);
    expect(counts[leaderName] + counts[leaderName === 'first' ? 'second' : 'first']).toBe(60);
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total: 60, distinct: 60 });
  });

  it('reports live, not a lag, when the newest events are of types it does not handle', async () => {
    const running = runner([countingProjection()]);
    await running.start();
    const counted = await appendCounted(stores.store, 'customer-a', 2);
    const ignored = await appendIgnored(stores.store, 'customer-a');
    await running.waitFor('counter', ignored.position);
    const [counterStatus] = await status([countingProjection()]).list();
    expect(counterStatus).toMatchObject({ state: 'live', checkpoint: formatPosition(counted.position), lagEvents: 0, lagMs: 0 });
  });
});

export type { RecordedEvent };
