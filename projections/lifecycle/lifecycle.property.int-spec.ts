import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { defaultLifecycleRules } from '#crm/domain';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { batchCuts, customerHistory } from '../shared/testing/customer-history.arbitrary.js';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { sweepLifecycleLapses } from './lifecycle-sweep.js';
import { lifecycleProjection } from './lifecycle.projection.js';

const tables = [
  { name: 'customer_lifecycle', orderBy: ['customer_id'] },
  { name: 'lifecycle_transition', orderBy: ['customer_id', 'seq'] },
];

describe('lifecycle projection: incremental with sweeps equals a rebuild followed by a sweep', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('lifecycle_property');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const sweep = (read: Kysely<any>, schema: string, now: Date) =>
    read.transaction().execute((trx) => sweepLifecycleLapses(trx, schema, now, defaultLifecycleRules));

  it('gives the same tables whatever the batches and whenever sweeps ran, for random histories', async () => {
    let lapses = 0;
    await fc.assert(
      fc.asyncProperty(
        customerHistory.chain((history) => fc.tuple(fc.constant(history), batchCuts(history.length))),
        async ([history, cuts]) => {
          const finalNow = new Date(history.at(-1)!.recordedAt.getTime() + 400 * 86_400_000);
          const builds = await buildTwice(db, lifecycleProjection, tables, history, cuts, { run: sweep, finalNow });
          expect(builds.incremental).toEqual(builds.rebuilt);
          lapses += (builds.rebuilt.lifecycle_transition as { cause: string }[]).filter((row) => row.cause === 'lapse').length;
        },
      ),
      { numRuns: 30 },
    );
    // The property would hold trivially if nothing ever lapsed.
    expect(lapses).toBeGreaterThan(0);
  });

  it('a second sweep at the same instant changes nothing', async () => {
    const [history] = fc.sample(customerHistory, { numRuns: 1, seed: 7 });
    const finalNow = new Date(history!.at(-1)!.recordedAt.getTime() + 400 * 86_400_000);
    const once = await buildTwice(db, lifecycleProjection, tables, history!, [], { run: sweep, finalNow });
    const twice = await buildTwice(db, lifecycleProjection, tables, history!, [], {
      run: async (read, schema, now) => {
        await sweep(read, schema, now);
        await sweep(read, schema, now);
      },
      finalNow,
    });
    expect(twice.rebuilt).toEqual(once.rebuilt);
  });
});
