import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { eventually } from '#test/support/eventually';
import { findCheckpoint } from './checkpoint/checkpoint.queries.js';
import { hasReached } from './checkpoint-waiter.js';
import { projectionSchema } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRunner } from './projection-runner.js';
import { appendCounted } from './testing/test-events.js';
import { STEPPED, steppingProjection } from './testing/test-projections.js';
import { openTestStores, type TestStores } from './testing/test-stores.js';

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('steps a batch leaves (batchEndsAfter, nextStep)', () => {
  let database: TestDatabase;
  let stores: TestStores;

  beforeEach(async () => {
    database = await createTestDatabase('batch_steps');
    stores = await openTestStores(database.url);
  });

  afterEach(async () => {
    await stores.close();
    await database.drop();
  });

  /** Each step's view, and how many transactions wrote the step rows. */
  async function steps(schema: string) {
    const { rows } = await sql<{ counted_before: number; xid: string }>`
      select counted_before, xid from ${sql.table(`${schema}.step`)} order by counted_before`.execute(stores.db);
    return { seen: rows.map((row) => row.counted_before), transactions: new Set(rows.map((row) => row.xid)).size };
  }

  it('runs them a transaction each, before any later event, live and in a rebuild alike', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const projection = steppingProjection({ beforeStep: () => gate });
    // All in the log before the runner starts: one catch-up batch would hold them all.
    await appendCounted(stores.store, 'customer-a', 3, { perAppend: 3 });
    const stepped = await stores.store.appendToStream('work-1', [{ id: randomUUID(), type: STEPPED, data: { steps: 3 }, metadata: {} }]);
    const last = await appendCounted(stores.store, 'customer-b', 4, { perAppend: 4 });

    const runner = new ProjectionRunner({ store: stores.store, db: stores.db, projections: [projection], logger: silent, standbyPollMs: 100 });
    await runner.start();
    try {
      // The batch ending with TestStepped committed its checkpoint; its steps wait at the gate.
      await eventually(
        async () => (await findCheckpoint(stores.db, 'stepper'))?.stepsPending === true,
        20_000,
        () => 'no steps pending',
      );
      // At the TestStepped itself, the checkpoint is not reached while its steps are still to run.
      expect((await findCheckpoint(stores.db, 'stepper'))?.position).toEqual(stepped.position);
      expect(await hasReached(stores.store, stores.db, projection, stepped.position)).toBe(false);
      open();
      await runner.waitFor('stepper', last.position);
      expect(await steps(projectionSchema('stepper'))).toEqual({ seen: [3, 3, 3], transactions: 3 });
    } finally {
      open();
      await runner.stop();
    }

    await new ProjectionRebuilder({ store: stores.store, db: stores.db, projections: [projection] }).rebuild('stepper');
    expect(await steps(projectionSchema('stepper'))).toEqual({ seen: [3, 3, 3], transactions: 3 });
    const { rows } = await sql<{ events: number }>`select events from ${sql.table(`${projectionSchema('stepper')}.counted`)}`.execute(stores.db);
    expect(rows).toEqual([{ events: 7 }]);
  });
});
