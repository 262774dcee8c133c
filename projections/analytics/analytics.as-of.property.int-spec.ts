import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { domainHistory } from '../shared/testing/crm-history.arbitrary.js';
import { TestLog } from '../shared/testing/test-log.js';
import { analyticsProjection } from './analytics.projection.js';
import { attributedPurchases, promotionCounts } from './campaigns.queries.js';
import { buyerCounts, customerValues } from './customer-value.queries.js';
import type { RecordedAxis } from './period.js';
import { revenueBy } from './revenue.queries.js';
import { dealCounts, touchCounts, wonAmounts } from './salespeople.queries.js';
import { applyInBatches, freshSchema } from './testing/apply-in-batches.js';
import { salesByTime, wonDealsByTime } from './timing.queries.js';

/** Every report's rows, in an order that does not depend on the query plan. */
async function reports(db: Kysely<any>, axis: RecordedAxis): Promise<Record<string, string[]>> {
  const figures = {
    touches: await touchCounts(db, 'owner', axis),
    deals: await dealCounts(db, 'owner', axis),
    won: await wonAmounts(db, 'owner', axis),
    customers: await customerValues(db, { sort: 'revenue', limit: 1000, ...axis }),
    buyers: await buyerCounts(db, axis),
    sales: await salesByTime(db, 'month', 'UTC', axis),
    wonByMonth: await wonDealsByTime(db, 'month', 'UTC', axis),
    promotions: await promotionCounts(db, axis),
    attributed: await attributedPurchases(db, axis, 14),
    revenueByMonth: await revenueBy(db, { by: 'month', timeZone: 'UTC' }, axis),
    revenueByOwner: await revenueBy(db, { by: 'owner' }, axis),
    revenueBySku: await revenueBy(db, { by: 'sku' }, axis),
  };
  return Object.fromEntries(Object.entries(figures).map(([name, rows]) => [name, (rows as object[]).map((row) => JSON.stringify(row)).sort()]));
}

describe('analytics reports as of a recorded time', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('analytics_as_of');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('a report with asOf=T equals the report of a rebuild over the log cut at T, with late events, voids and corrections', async () => {
    let differed = 0;
    await fc.assert(
      fc.asyncProperty(
        domainHistory.chain((history) => fc.tuple(fc.constant(history), fc.integer({ min: 0, max: history.length - 1 }))),
        async ([history, cutIndex]) => {
          const log = new TestLog();
          const events = history
            .map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId))
            .filter((event) => analyticsProjection.eventTypes.includes(event.type));
          const asOf = history[cutIndex]!.recordedAt;
          await freshSchema(db, analyticsProjection, 'analytics_whole');
          await freshSchema(db, analyticsProjection, 'analytics_cut');
          await applyInBatches(db, analyticsProjection, 'analytics_whole', events, [3, 5]);
          await applyInBatches(
            db,
            analyticsProjection,
            'analytics_cut',
            events.filter((event) => event.recordedAt <= asOf),
          );
          const then = await reports(db.withSchema('analytics_whole'), { asOf });
          expect(then).toEqual(await reports(db.withSchema('analytics_cut'), {}));
          if (JSON.stringify(then) !== JSON.stringify(await reports(db.withSchema('analytics_whole'), {}))) differed += 1;
        },
      ),
      { numRuns: 15, seed: 20261204 },
    );
    // Else the cut would never have left anything out.
    expect(differed).toBeGreaterThan(0);
  }, 240_000);
});
