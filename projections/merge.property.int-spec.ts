import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { Projection } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { analyticsProjection } from './analytics/analytics.projection.js';
import { directoryProjection } from './directory/directory.projection.js';
import { duplicatesProjection } from './duplicates/index.js';
import { followUpsProjection } from './followups/index.js';
import { lifecycleProjection } from './lifecycle/lifecycle.projection.js';
import { pipelineProjection } from './pipeline/index.js';
import { segmentsProjection } from './segments/segments.projection.js';
import { batchCuts, customerIds, mergeSteps } from './shared/testing/customer-history.arbitrary.js';
import { crmHistory } from './shared/testing/crm-history.arbitrary.js';
import { buildTwice, type ComparedTable } from './shared/testing/incremental-vs-rebuild.js';
import { freshSchema, schemaTables } from './shared/testing/projection-harness.js';
import { timelineProjection } from './timeline/timeline.projection.js';

const mergeTypes = ['CustomerMerged', 'CustomerAbsorbed', 'CustomerUnmerged', 'CustomerRestored'];

/** A history, and the same history with a merge (and, if `unmerge`, its unmerge) somewhere in it. */
const withMerge = (unmerge: boolean) =>
  crmHistory.chain((history) =>
    fc
      .tuple(fc.integer({ min: customerIds.length, max: history.length }), fc.nat(customerIds.length - 1), fc.integer({ min: 1, max: customerIds.length - 1 }))
      .map(([position, survivor, offset]) => {
        const at = history[Math.max(0, position - 1)]!.recordedAt;
        const merge = mergeSteps(customerIds[survivor]!, customerIds[(survivor + offset) % customerIds.length]!, at, unmerge);
        return { history, merged: [...history.slice(0, position), ...merge, ...history.slice(position)] };
      }),
  );

/** Rows as they read apart from the merge's own entries, and from where in the log things sit (the merge moved them). */
function apartFromTheMerge(rows: unknown[]): string[] {
  return rows
    .filter((row) => !Object.values(row as object).some((value) => mergeTypes.includes(value as string)))
    .map((row) => JSON.stringify(Object.entries(row as object).filter(([column]) => !/position|event_id/.test(column))))
    .sort();
}

describe.each([
  timelineProjection,
  directoryProjection,
  duplicatesProjection,
  lifecycleProjection,
  analyticsProjection,
  segmentsProjection,
  followUpsProjection,
  pipelineProjection,
])('$name projection with merges', (projection: Projection) => {
  let database: TestDatabase;
  let db: Kysely<any>;
  let tables: ComparedTable[];

  beforeAll(async () => {
    database = await createTestDatabase(`${projection.name}_merge_property`);
    db = createReadDb(database.url);
    await freshSchema(db, projection, `${projection.name}_discovery`);
    tables = await schemaTables(db, `${projection.name}_discovery`);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('builds the same tables incrementally and in a rebuild, with merges in the history', async () => {
    await fc.assert(
      fc.asyncProperty(
        withMerge(false).chain(({ merged }) => fc.tuple(fc.constant(merged), batchCuts(merged.length))),
        async ([history, cuts]) => {
          const builds = await buildTwice(db, projection, tables, history, cuts);
          expect(builds.incremental).toEqual(builds.rebuilt);
        },
      ),
      { numRuns: 8, seed: 20261204 },
    );
  }, 240_000);

  it('reads, after a merge and its unmerge, as if they had never merged', async () => {
    await fc.assert(
      fc.asyncProperty(withMerge(true), async ({ history, merged }) => {
        const never = (await buildTwice(db, projection, tables, history, [])).rebuilt;
        const undone = (await buildTwice(db, projection, tables, merged, [])).rebuilt;
        for (const table of tables) expect(apartFromTheMerge(undone[table.name]!)).toEqual(apartFromTheMerge(never[table.name]!));
      }),
      { numRuns: 8, seed: 20261204 },
    );
  }, 240_000);
});
