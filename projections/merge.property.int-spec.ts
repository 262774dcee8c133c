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
import { combinedFacts, type CustomerFacts } from './segments/customer-facts.js';
import { matches } from './segments/evaluate-rule.js';
import { isTimeRelative } from './segments/rule-facts.js';
import { segmentsProjection } from './segments/segments.projection.js';
import { segmentMembers } from './segments/segments.queries.js';
import { batchCuts, customerIds, mergeSteps } from './shared/testing/customer-history.arbitrary.js';
import { crmHistoryWithTasks } from './shared/testing/crm-history.arbitrary.js';
import { buildRebuilt, buildTwice, type ComparedTable } from './shared/testing/incremental-vs-rebuild.js';
import { applyInBatches, freshSchema, schemaTables } from './shared/testing/projection-harness.js';
import { TestLog } from './shared/testing/test-log.js';
import { tasksProjection } from './tasks/tasks.projection.js';
import { timelineProjection } from './timeline/timeline.projection.js';

const mergeTypes = ['CustomerMerged', 'CustomerAbsorbed', 'CustomerUnmerged', 'CustomerRestored'];

/** A history, and the same history with a merge (and, if `unmerge`, its unmerge) somewhere in it. */
const withMerge = (unmerge: boolean) =>
  crmHistoryWithTasks.chain((history) =>
    fc
      .tuple(fc.integer({ min: customerIds.length, max: history.length }), fc.nat(customerIds.length - 1), fc.integer({ min: 1, max: customerIds.length - 1 }))
      .map(([position, survivor, offset]) => {
        const at = history[Math.max(0, position - 1)]!.recordedAt;
        const merge = mergeSteps(customerIds[survivor]!, customerIds[(survivor + offset) % customerIds.length]!, at, unmerge);
        return { history, merged: [...history.slice(0, position), ...merge, ...history.slice(position)] };
      }),
  );

/** Rows as they read apart from the merge's own entries, and from where in the log things sit (the merge moved them: positions, sequences). */
function apartFromTheMerge(rows: unknown[]): string[] {
  return rows
    .filter((row) => !Object.values(row as object).some((value) => mergeTypes.includes(value as string)))
    .map((row) => JSON.stringify(Object.entries(row as object).filter(([column]) => !/position|event_id|^seq$/.test(column))))
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
  tasksProjection,
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
        const never = await buildRebuilt(db, projection, tables, history);
        const undone = await buildRebuilt(db, projection, tables, merged);
        for (const table of tables) expect(apartFromTheMerge(undone[table.name]!)).toEqual(apartFromTheMerge(never[table.name]!));
      }),
      { numRuns: 8, seed: 20261204 },
    );
  }, 240_000);
});

describe('segments projection with merges: memberships', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('segments_merge_membership');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('holds a survivor in the segments time alone does not change exactly when both records\' facts together match, and never lists an absorbed record', async () => {
    const schema = 'segments_merged';
    await fc.assert(
      fc.asyncProperty(
        withMerge(false).chain(({ merged }) => fc.tuple(fc.constant(merged), batchCuts(merged.length))),
        async ([history, cuts]) => {
          const log = new TestLog();
          const events = history.filter((step) => segmentsProjection.eventTypes.includes(step.event.type)).map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId));
          await freshSchema(db, segmentsProjection, schema);
          await applyInBatches(db, segmentsProjection, schema, events, cuts);

          const tables = segmentsProjection.read(db, schema);
          const [merge] = await tables.selectFrom('customer_merge').select(['absorbed_id', 'survivor_id']).execute();
          const facts = new Map((await tables.selectFrom('customer_fact').select('facts').execute()).map((row) => [row.facts.customerId, row.facts as CustomerFacts]));
          const { now } = await tables.selectFrom('segment_clock').select('now').executeTakeFirstOrThrow();
          const survivor = facts.get(merge!.survivor_id)!;
          const absorbed = facts.get(merge!.absorbed_id)!;
          const together = absorbed.active ? combinedFacts(survivor, absorbed) : survivor;
          for (const segment of await tables.selectFrom('segment').select(['segment_id', 'rule']).execute()) {
            const members = (await segmentMembers(tables, segment.segment_id, null, 100)).map((member) => member.customer_id);
            expect(members).not.toContain(merge!.absorbed_id);
            if (!isTimeRelative(segment.rule)) expect(members.includes(survivor.customerId)).toBe(matches(segment.rule, together, now));
          }
        },
      ),
      { numRuns: 12, seed: 20261204 },
    );
  }, 240_000);
});
