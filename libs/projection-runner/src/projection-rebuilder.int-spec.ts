import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql, type QueryExecutorProvider } from 'kysely';
import { formatPosition, type AppendResult } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { column, defineTables } from '#crm/read-store';
import { defineProjection, projectionSchema, rebuildSchema } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionFailedError } from './projection-runner.errors.js';
import { ProjectionStatusService, type ProjectionStatus } from './projection-status.service.js';
import type { RebuildProgress } from './rebuild-progress.js';
import { markingDecoder } from './testing/test-decoder.js';
import { appendCounted } from './testing/test-events.js';
import { COUNTED, countingProjection, readApplications, readCounts } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

async function indexNames(db: QueryExecutorProvider, schema: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = ${schema} order by indexname`.execute(db);
  return rows.map((row) => row.name);
}

async function schemaExists(stores: TestStores, schema: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from pg_namespace where nspname = ${schema}) as found`.execute(stores.db);
  return rows[0].found;
}

describe('ProjectionRebuilder', () => {
  let database: TestDatabase;
  let stores: TestStores;
  let runner: ProjectionRunner;
  const counter = countingProjection();
  const expected: Record<string, number> = {};

  async function append(stream: string, count: number, perAppend = count): Promise<AppendResult> {
    expected[stream] = (expected[stream] ?? 0) + count;
    return appendCounted(stores.store, stream, count, { perAppend });
  }

  beforeAll(async () => {
    database = await createTestDatabase('projection_rebuilder');
    stores = await openTestStores(database.url);
    runner = new ProjectionRunner({ store: stores.store, db: stores.db, projections: [counter], logger: silent, standbyPollMs: 100 });
    await runner.start();
    let last: AppendResult | undefined;
    for (let stream = 0; stream < 12; stream++) last = await append(`customer-${stream}`, 100);
    await runner.waitFor('counter', last!.position);
  });

  afterAll(async () => {
    await runner.stop();
    await stores.close();
    await database.drop();
  });

  it('rebuilds beside the live tables while events keep arriving, then swaps them in', async () => {
    const rebuilder = new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [counter], pageSize: 50 });
    const status = new ProjectionStatusService({ store: stores.store, db: stores.db, projections: [counter] });
    // Every progress report appends more events, so some land before, during and after the swap.
    const writes: Promise<AppendResult>[] = [];
    const progress: RebuildProgress[] = [];
    const liveReads: Promise<number>[] = [];
    const statuses: Promise<ProjectionStatus>[] = [];
    const result = await rebuilder.rebuild('counter', {
      onProgress: (update) => {
        progress.push(update);
        writes.push(append(`customer-${progress.length % 25}`, 5));
        liveReads.push(readCounts(stores.db, projectionSchema('counter')).then((counts) => Object.values(counts).reduce((a, b) => a + b, 0)));
        if (statuses.length === 0 && update.eventsDone > 0) statuses.push(status.get('counter'));
      },
    });
    await Promise.all(writes);
    const last = await append('customer-last', 1);
    await runner.waitFor('counter', last.position);

    // Queries answered from the live tables all along, and those kept growing.
    const liveTotals = await Promise.all(liveReads);
    expect(liveTotals.every((total) => total >= 1200)).toBe(true);
    expect(liveTotals).toEqual([...liveTotals].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(20);
    expect(progress.map((update) => update.eventsDone)).toEqual([...progress.map((update) => update.eventsDone)].sort((a, b) => a - b));
    expect(progress[0].eventsTotal).toBeGreaterThanOrEqual(1200);
    expect(progress.at(-1)).toMatchObject({ eventsDone: result.eventsApplied, etaSeconds: 0 });
    const [during] = await Promise.all(statuses);
    expect(during.state).toBe('rebuilding');
    expect(during.rebuild?.eventsDone).toBeGreaterThan(0);

    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual(expected);
    expect(await readApplications(stores.db, projectionSchema('counter'))).toEqual({ total, distinct: total });
    expect(await schemaExists(stores, rebuildSchema('counter'))).toBe(false);
    expect(await status.get('counter')).toMatchObject({ state: 'live', eventsApplied: total, lagEvents: 0, rebuild: null });

    const fresh = await rebuilder.rebuild('counter');
    expect(fresh.eventsApplied).toBe(total);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual(expected);
    // Swapped in with planner statistics (the tables all hold rows), not waiting for autovacuum.
    const { rows: tables } = await sql<{ tablename: string; analyzed: boolean }>`
      select tablename, exists (select 1 from pg_stats s where s.schemaname = t.schemaname and s.tablename = t.tablename) as analyzed
      from pg_tables t where schemaname = ${projectionSchema('counter')}`.execute(stores.db);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((table) => !table.analyzed)).toEqual([]);
  });

  it('leaves the live tables alone when the rebuild meets an event the projection throws on', async () => {
    await append('customer-poison', 1);
    const poisoned = await stores.store.appendToStream('customer-poison', [
      { id: crypto.randomUUID(), type: 'TestCounted', data: { poison: true }, metadata: {} },
    ]);
    expected['customer-poison'] += 1;
    // Read past the horizon only once applied live: an open transaction elsewhere on the server can
    // hold it back, and a rebuild that does not see it swaps in without failing.
    await runner.waitFor('counter', poisoned.position);
    const fragile = countingProjection({ poisonable: true });
    const rebuilder = new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [fragile], pageSize: 500 });

    const failure = await rebuilder.rebuild('counter').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProjectionFailedError);
    expect((failure as ProjectionFailedError).failure).toMatchObject({
      position: formatPosition(poisoned.position),
      eventId: poisoned.events[0].id,
    });
    expect(await schemaExists(stores, rebuildSchema('counter'))).toBe(false);
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual(expected);
  });

  it('decodes every event it replays, while events keep arriving', async () => {
    // A projection no runner feeds: its tables hold exactly what the rebuild applied.
    const decoded = countingProjection({ name: 'decoded' });
    const rebuilder = new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [decoded], pageSize: 50, decode: markingDecoder });
    const writes: Promise<AppendResult>[] = [];
    // Appending on every report leaves events after the last full page, for the swap to apply.
    const result = await rebuilder.rebuild('decoded', { onProgress: () => void writes.push(append('customer-late', 1)) });
    await Promise.all(writes);

    const counts = await readCounts(stores.db, projectionSchema('decoded'));
    expect(Object.keys(counts).every((stream) => stream.startsWith('decoded:'))).toBe(true);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(result.eventsApplied);
    // How many of the late events the swap picks up is not asserted: they become readable only once
    // every older transaction on the (shared) server has ended.
  });

  it('rebuilds several projections in one pass, decoding each event once; one that throws is left alone while the others swap', async () => {
    const poisoned = await stores.store.appendToStream('customer-poison-again', [
      { id: crypto.randomUUID(), type: 'TestCounted', data: { poison: true }, metadata: {} },
    ]);
    expected['customer-poison-again'] = 1;
    // Once applied live it is readable: an open transaction elsewhere on the server can hold it back.
    await runner.waitFor('counter', poisoned.position);
    let decodes = 0;
    const rebuilder = new ProjectionRebuilder({
      store: stores.store,
      db: stores.db,
      projections: [countingProjection({ name: 'first' }), countingProjection({ name: 'fragile', poisonable: true }), countingProjection({ name: 'second' })],
      pageSize: 200,
      decode: (event) => {
        decodes++;
        return markingDecoder(event);
      },
    });

    const failure = await rebuilder.rebuildAll().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProjectionFailedError);
    expect((failure as ProjectionFailedError).projection).toBe('fragile');
    expect(await schemaExists(stores, rebuildSchema('fragile'))).toBe(false);
    expect(await readCounts(stores.db, projectionSchema('fragile'))).toEqual({});

    const first = await readCounts(stores.db, projectionSchema('first'));
    expect(await readCounts(stores.db, projectionSchema('second'))).toEqual(first);
    expect(first['decoded:customer-poison-again']).toBe(1);
    expect(Object.values(first).reduce((a, b) => a + b, 0)).toBe(decodes);
  });

  it('builds in bulk at the end what its pages skipped and its query-only indexes, copies rows while replaying, keeps them row by row from then on, and swaps in logged tables', async () => {
    // `total` is what a rollup is to analytics: kept per batch live, summed once at the end of a rebuild.
    const bulkTables = defineTables({
      applied: {
        columns: { event_id: column.text(), rebuilding: column.boolean(), copied: column.boolean() },
        indexes: [
          { name: 'applied_event', on: ['event_id'] },
          { name: 'applied_rebuilding', on: ['rebuilding', 'event_id'], onlyForQueries: true },
        ],
      },
      total: { columns: { id: column.integer().primaryKey(), events: column.integer() } },
    });
    const indexesWhileReplaying = new Set<string>();
    const bulk = defineProjection<{ type: typeof COUNTED; data: object }>()({
      name: 'bulk',
      version: 1,
      handles: { [COUNTED]: true },
      tables: bulkTables,
      async applyBatch(trx, events, { rebuilding = false, schema, copy }) {
        if (rebuilding) for (const name of await indexNames(trx, schema)) indexesWhileReplaying.add(name);
        const rows = events.map((event) => ({ event_id: event.id, rebuilding, copied: copy !== undefined }));
        if (copy) await copy('applied', rows);
        else await trx.insertInto('applied').values(rows).execute();
        if (rebuilding) return;
        await trx
          .insertInto('total')
          .values({ id: 1, events: events.length })
          .onConflict((oc) => oc.column('id').doUpdateSet({ events: sql`total.events + ${events.length}` }))
          .execute();
      },
      async completeRebuild(trx) {
        await trx
          .insertInto('total')
          .columns(['id', 'events'])
          .expression(trx.selectFrom('applied').select([sql<number>`1`.as('id'), sql<number>`count(*)`.as('events')]))
          .execute();
      },
    });
    const rebuilder = new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [bulk], pageSize: 100 });
    const writes: Promise<AppendResult>[] = [];
    // Events keep arriving, so the swap usually has a tail to apply as the live runner would.
    const result = await rebuilder.rebuild('bulk', { onProgress: () => void writes.push(append('customer-bulk', 1)) });
    await Promise.all(writes);

    const live = bulk.read(stores.db);
    const applied = await live
      .selectFrom('applied')
      .select(['rebuilding', 'copied', sql<string>`count(*)`.as('events')])
      .groupBy(['rebuilding', 'copied'])
      .orderBy('rebuilding')
      .execute();
    expect(applied.reduce((sum, row) => sum + Number(row.events), 0)).toBe(result.eventsApplied);
    expect(applied.find((row) => row.rebuilding)?.events).toBeDefined();
    // COPY while the replay fills the tables, never for the tail the swap applies as the live runner would.
    expect(applied.every((row) => row.copied === row.rebuilding)).toBe(true);
    expect(await live.selectFrom('total').select('events').executeTakeFirst()).toEqual({ events: result.eventsApplied });
    const { rows: unlogged } = await sql<{ relname: string }>`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${projectionSchema('bulk')} and c.relpersistence <> 'p'`.execute(stores.db);
    expect(unlogged).toEqual([]);
    expect([...indexesWhileReplaying].sort()).toEqual(['applied_event', 'total_pkey']);
    expect(await indexNames(stores.db, projectionSchema('bulk'))).toEqual(['applied_event', 'applied_rebuilding', 'total_pkey']);
  });

  it('analyzes the tables it fills while the replay grows them, each time they have grown fourfold', async () => {
    // What the planner believes of the table at each page: -1 is never analyzed, else the rows it counted.
    const believed: number[] = [];
    const sampled = defineProjection<{ type: typeof COUNTED; data: object }>()({
      name: 'sampled',
      version: 1,
      handles: { [COUNTED]: true },
      tables: defineTables({ seen: { columns: { event_id: column.text().primaryKey() } } }),
      async applyBatch(trx, events, { rebuilding = false, schema }) {
        if (rebuilding) {
          const { rows } = await sql<{ reltuples: number }>`select reltuples from pg_class where oid = ${`${schema}.seen`}::regclass`.execute(trx);
          believed.push(Number(rows[0].reltuples));
        }
        await trx
          .insertInto('seen')
          .values(events.map((event) => ({ event_id: event.id })))
          .execute();
      },
    });
    const rebuilder = new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [sampled], pageSize: 50, firstAnalyzeAfter: 100 });
    const result = await rebuilder.rebuild('sampled');

    expect(result.eventsApplied).toBeGreaterThan(400);
    expect(believed.slice(0, 2)).toEqual([-1, -1]);
    const analyzedAt = [...new Set(believed.filter((rows) => rows >= 0))];
    expect(analyzedAt.slice(0, 2)).toEqual([100, 400]);
    expect(analyzedAt.every((rows, index) => rows === 100 * 4 ** index)).toBe(true);
  });

  it('rebuilds on its own when the projection version changes', async () => {
    await runner.stop();
    const last = await append('customer-versioned', 5);
    runner = new ProjectionRunner({
      store: stores.store,
      db: stores.db,
      projections: [countingProjection({ version: 2, appliedBy: 'v2' })],
      logger: silent,
      standbyPollMs: 100,
    });
    await runner.start();
    await runner.waitFor('counter', last.position);
    // The swap alone can pass `last`; an event after it is applied by the runner once live again.
    const afterSwap = await append('customer-versioned', 1);
    await runner.waitFor('counter', afterSwap.position);

    const [counterStatus] = await new ProjectionStatusService({ store: stores.store, db: stores.db, projections: [counter] }).list();
    expect(counterStatus).toMatchObject({ version: 2, state: 'live', lagEvents: 0 });
    expect(await readCounts(stores.db, projectionSchema('counter'))).toEqual(expected);
    const { rows } = await sql<{ applied_by: string | null }>`select distinct applied_by from proj_counter.applied`.execute(stores.db);
    expect(rows).toEqual([{ applied_by: 'v2' }]);
  });
});
