import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { migrateReadStore } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { eventually } from '#test/support/eventually';
import { ProjectionRunner } from './projection-runner.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { appendCounted } from './testing/test-events.js';
import { countingProjection } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

/** A client of its own holding a transaction open, as a slow job or a forgotten psql session would. */
async function openTransaction(url: string, applicationName: string, { write }: { write: boolean }) {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  await client.query('begin');
  // pg_current_xact_id() gives the transaction an id, as its first write would; the comment is the query text that must never be shown.
  await client.query(write ? 'select pg_current_xact_id() /* secret-query-text */' : 'select 1 /* secret-query-text */');
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  return {
    pid: rows[0].pid,
    async end() {
      await client.query('commit');
      await client.end();
    },
  };
}

describe('visibility horizon', () => {
  let database: TestDatabase;
  let stores: TestStores;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('visibility_horizon');
    stores = await openTestStores(database.url);
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await stores.close();
    await database.drop();
  });

  const counter = countingProjection();
  const status = (horizonWarnMs: number) => new ProjectionStatusService({ store: stores.store, db: stores.db, projections: [counter], horizonWarnMs });
  const heldPids = async (horizonWarnMs: number) => (await status(horizonWarnMs).heldBackBy()).map((hold) => hold.pid);
  const visible = () => stores.store.countAfter({ filter: { eventTypes: counter.eventTypes }, limit: 10 });

  it('names a write transaction open past the threshold in every projection status, without its query, until it ends', async () => {
    await migrateReadStore(stores.db);
    const hold = await openTransaction(database.url, 'horizon-hold-test', { write: true });
    cleanups.push(() => hold.end().catch(() => undefined));
    const reader = await openTransaction(database.url, 'horizon-read-only', { write: false });
    cleanups.push(() => reader.end().catch(() => undefined));
    // The hazard itself: an event appended after the hold began stays out of the log's readers' sight.
    await appendCounted(stores.store, 'customer-a', 1);
    expect(await visible()).toBe(0);

    const [reported] = await status(0).list();
    const named = reported.heldBackBy.find((held) => held.pid === hold.pid);
    expect(named).toMatchObject({ applicationName: 'horizon-hold-test', database: database.name });
    expect(named!.ageMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(named!.since)).not.toBeNaN();
    expect(JSON.stringify(reported)).not.toContain('secret-query-text');
    // A read-only transaction holds back vacuum, not the log's readers.
    expect(reported.heldBackBy.map((held) => held.pid)).not.toContain(reader.pid);
    // Younger than the threshold: not (yet) a hazard worth a warning.
    expect(await heldPids(3_600_000)).not.toContain(hold.pid);

    await hold.end();
    expect(await heldPids(0)).not.toContain(hold.pid);
    // A transaction elsewhere on the server that ends just as the horizon is taken counts a moment longer.
    await eventually(
      async () => (await visible()) === 1,
      20_000,
      async () => `${await visible()} events visible after the hold ended`,
    );
  });

  it('lets a write transaction open in another database on the server hold nothing back, and does not name it', async () => {
    await migrateReadStore(stores.db);
    const neighbour = await createTestDatabase('visibility_horizon_neighbour');
    cleanups.push(() => neighbour.drop());
    const hold = await openTransaction(neighbour.url, 'horizon-neighbour', { write: true });
    cleanups.push(() => hold.end().catch(() => undefined));
    await appendCounted(stores.store, 'customer-a', 1);
    // Its transaction id is older than the event's, but it can never write to this log.
    await eventually(
      async () => (await visible()) === 1,
      20_000,
      async () => `${await visible()} events visible while another database's transaction is open`,
    );
    expect(await heldPids(0)).not.toContain(hold.pid);
  });

  it('has the runner log each hold once when it begins and once when it ends', async () => {
    const warnings: string[] = [];
    const lines: string[] = [];
    const logger = { log: (line: string) => void lines.push(line), warn: (line: string) => void warnings.push(line), error: () => undefined };
    const runner = new ProjectionRunner({ store: stores.store, db: stores.db, projections: [counter], logger, standbyPollMs: 20, horizonWarnMs: 0 });
    cleanups.push(() => runner.stop());
    await runner.start();
    const naming = (pid: number) => (line: string) => new RegExp(`backend ${pid}\\b`).test(line);

    const first = await openTransaction(database.url, 'horizon-first', { write: true });
    cleanups.push(() => first.end().catch(() => undefined));
    await eventually(
      async () => warnings.some(naming(first.pid)),
      20_000,
      () => `no warning named ${first.pid}: ${warnings.join('\n')}`,
    );
    // The second hold is seen on a later poll, while the first is still open: the first was not warned of again.
    const second = await openTransaction(database.url, 'horizon-second', { write: true });
    cleanups.push(() => second.end().catch(() => undefined));
    await eventually(
      async () => warnings.some(naming(second.pid)),
      20_000,
      () => `no warning named ${second.pid}: ${warnings.join('\n')}`,
    );
    expect(warnings.filter(naming(first.pid))).toEqual([expect.stringContaining('(horizon-first)')]);

    await first.end();
    await eventually(
      async () => lines.some(naming(first.pid)),
      20_000,
      () => `no end logged for ${first.pid}: ${lines.join('\n')}`,
    );
    expect(warnings.filter(naming(first.pid))).toHaveLength(1);
    expect(warnings.join('\n')).not.toContain('secret-query-text');
  });
});
