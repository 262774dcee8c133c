import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { batchCuts, customerHistory } from '../shared/testing/customer-history.arbitrary.js';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { timelineProjection } from './timeline.projection.js';

describe('timeline projection: incremental equals rebuild', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('timeline_property');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('gives the same table whatever the batches, for random histories', async () => {
    await fc.assert(
      fc.asyncProperty(
        customerHistory.chain((history) => fc.tuple(fc.constant(history), batchCuts(history.length))),
        async ([history, cuts]) => {
          const builds = await buildTwice(db, timelineProjection, [{ name: 'timeline_entry', orderBy: ['event_id'] }], history, cuts);
          expect(builds.incremental).toEqual(builds.rebuilt);
          expect(builds.rebuilt.timeline_entry).toHaveLength(history.length);
        },
      ),
      { numRuns: 25 },
    );
  });
});
