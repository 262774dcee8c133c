import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { batchCuts, customerHistory } from '../shared/testing/customer-history.arbitrary.js';
import { buildTwice } from '../shared/testing/incremental-vs-rebuild.js';
import { directoryProjection } from './directory.projection.js';

describe('directory projection: incremental equals rebuild', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('directory_property');
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
          const builds = await buildTwice(db, directoryProjection, [{ name: 'directory_entry', orderBy: ['customer_id'] }], history, cuts);
          expect(builds.incremental).toEqual(builds.rebuilt);
          expect(builds.rebuilt.directory_entry).toHaveLength(3);
        },
      ),
      { numRuns: 25 },
    );
  });
});
