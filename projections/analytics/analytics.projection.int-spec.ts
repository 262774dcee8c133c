import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { applyAsRebuild, projectionSchema } from '#crm/projection-runner';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { openTestStores, type TestStores } from '../../libs/projection-runner/src/testing/test-stores.js';
import { analyticsProjection } from './analytics.projection.js';
import { attributedPurchases, promotionCounts } from './campaigns.queries.js';
import { customerValues } from './customer-value.queries.js';
import { dealCounts, touchCounts, wonAmounts } from './salespeople.queries.js';
import { applyInBatches, freshSchema } from './testing/apply-in-batches.js';
import { crmHistory } from './testing/crm-event-arbitrary.js';
import { EventLog } from './testing/recorded-events.js';
import { schemaSnapshot } from './testing/schema-snapshot.js';
import { salesByTime } from './timing.queries.js';

const ann = '00000000-0000-4000-8000-000000000001';
const bob = '00000000-0000-4000-8000-000000000002';

describe('analytics projection', () => {
  let database: TestDatabase;
  let stores: TestStores;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('analytics_projection');
    stores = await openTestStores(database.url);
    db = stores.db;
  });

  afterAll(async () => {
    await stores.close();
    await database.drop();
  });

  describe('given a small history', () => {
    beforeAll(async () => {
      const log = new EventLog();
      log.staff('mgr', '2024-01-01T00:00:00Z', null, 'North');
      log.staff('rep', '2024-01-01T00:00:00Z', 'mgr', 'North');
      log.customer(ann, '2024-01-02T00:00:00Z', { ownerId: 'rep' });
      log.customer(bob, '2024-01-02T00:00:00Z');
      log.touch('CallLogged', ann, '2024-01-03T09:00:00Z', { durationSeconds: 300 });
      log.touch('PromotionSent', ann, '2024-01-04T09:00:00Z', { campaignId: 'spring', promotionId: 'p1' });
      log.touch('PromotionAnswered', ann, '2024-01-04T10:00:00Z', { campaignId: 'spring', promotionId: 'p1', response: 'clicked' });
      log.purchase(ann, '2024-01-05T14:30:00Z', 10_000, { cost: 6000, orderId: 'o1' });
      log.purchase(ann, '2024-02-01T14:30:00Z', 5000, { cost: 1000 });
      log.touch('PurchaseCancelled', ann, '2024-02-02T10:00:00Z', { orderId: 'o1', lines: [], amount: 2000, currency: 'GBP' });
      log.touch('ReturnRecorded', ann, '2024-02-02T11:00:00Z', { returnId: 'c1', orderId: null, lines: [], amount: 1000, currency: 'GBP' });
      log.purchase(bob, '2024-01-30T08:00:00Z', 30_000);
      log.touch('ComplaintFiled', bob, '2024-02-03T08:00:00Z', { complaintId: 'k1', category: 'late', severity: 'low' });
      log.add(`customer-${bob}`, 'CustomerOwnerAssigned', { customerId: bob, ownerId: 'mgr', previousOwnerId: null }, '2024-02-04T00:00:00Z');
      log.touch('CallLogged', bob, '2024-02-05T09:00:00Z', { durationSeconds: 120 });
      log.deal('OpportunityOpened', 'd1', ann, '2024-01-10T00:00:00Z', {
        ownerId: 'rep',
        interest: 'x',
        stage: 'prospecting',
        expectedAmount: { amount: 1, currency: 'GBP' },
      });
      log.deal('OpportunityWon', 'd1', ann, '2024-01-20T00:00:00Z', { amount: 7000, currency: 'GBP' });
      log.deal('OpportunityOpened', 'd2', ann, '2024-01-10T00:00:00Z', {
        ownerId: 'rep',
        interest: 'x',
        stage: 'prospecting',
        expectedAmount: { amount: 1, currency: 'GBP' },
      });
      log.deal('OpportunityLost', 'd2', ann, '2024-01-15T00:00:00Z', { reason: 'price' });
      await freshSchema(db, analyticsProjection, projectionSchema('analytics'));
      await applyInBatches(db, analyticsProjection, projectionSchema('analytics'), log.events);
    });

    it('counts deals, won value and touches per salesperson, manager and region', async () => {
      const adb = analyticsProjection.read(db);
      expect(await dealCounts(adb, 'owner', {})).toEqual([
        { key: 'rep', opened: '2', won: '1', lost: '1', average_days_to_close: expect.stringMatching(/^10(\.0+)?$/) },
      ]);
      expect(await dealCounts(adb, 'manager', {})).toEqual([expect.objectContaining({ key: 'mgr', won: '1' })]);
      expect(await wonAmounts(adb, 'region', {})).toEqual([{ key: 'North', currency: 'GBP', amount: '7000' }]);
      // Bob's first touches happened before he had an owner; his last call after mgr took him over.
      const touches = await touchCounts(adb, 'owner', {});
      expect(touches.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
        { key: 'mgr', count: '1', call_seconds: '120' },
        { key: 'rep', count: '7', call_seconds: '300' },
      ]);
      expect(await dealCounts(adb, 'owner', { from: new Date('2024-01-16T00:00:00Z') })).toEqual([
        expect.objectContaining({ opened: '0', won: '1', lost: '0' }),
      ]);
    });

    it('ranks customers by revenue net of cancellations and returns, with margin only where every cost is known', async () => {
      const rows = await customerValues(analyticsProjection.read(db), { sort: 'revenue', limit: 10 });
      expect(rows.map((row) => [row.customer_id, row.revenue, row.margin, row.purchases, row.cancellations, row.returns, row.complaints])).toEqual([
        [bob, '30000', null, '1', '0', '0', '1'],
        [ann, '12000', '5000', '2', '1', '1', '0'],
      ]);
      // Reference date: the day after the last purchase in the data (2024-02-02); Bob bought 3 days before it.
      // Scores 1 + floor(5 × worse / 2): the worse of two scores 1, the better 3.
      expect(rows.map((row) => [row.recency_days, row.recency_score, row.frequency_score, row.monetary_score])).toEqual([
        [3, 1, 1, 3],
        [1, 3, 3, 1],
      ]);
      const byMargin = await customerValues(analyticsProjection.read(db), { sort: 'margin', limit: 1, recencyAt: new Date('2024-03-01T00:00:00Z') });
      expect(byMargin).toEqual([expect.objectContaining({ customer_id: ann, recency_days: 29 })]);
    });

    it('buckets sales by weekday and hour in the asked time zone', async () => {
      const rows = await salesByTime(analyticsProjection.read(db), 'weekday-hour', 'Asia/Tokyo', { to: new Date('2024-01-31T00:00:00Z') });
      // 2024-01-05T14:30Z is Friday 23:30 in Tokyo; 2024-01-30T08:00Z is Tuesday 17:00.
      expect(rows.sort((a, b) => a.weekday! - b.weekday!)).toEqual([
        { weekday: 2, hour: 17, month: null, currency: 'GBP', count: '1', amount: '30000', gross: '30000', returned: '0' },
        { weekday: 5, hour: 23, month: null, currency: 'GBP', count: '1', amount: '10000', gross: '10000', returned: '0' },
      ]);
    });

    it('attributes a purchase, net of what was taken back of its order, to the campaign whose promotion came within the window before it', async () => {
      const adb = analyticsProjection.read(db);
      expect(await promotionCounts(adb, {})).toEqual([
        { campaign_id: 'spring', sent: '1', customers_reached: '1', answered: '1', opened: '0', clicked: '1', accepted: '0', declined: '0' },
      ]);
      // Order o1 less its cancellation; ann's return names no order, so it is no campaign's. The rollup and the facts agree.
      const attributed = [{ campaign_id: 'spring', currency: 'GBP', purchases: '1', revenue: '8000' }];
      expect(await attributedPurchases(adb, {}, 14)).toEqual(attributed);
      expect(await attributedPurchases(adb, { from: new Date('2024-01-01T00:00:00Z') }, 14)).toEqual(attributed);
      expect(await attributedPurchases(adb, {}, 1)).toEqual([]);
    });
  });

  it('takes a voided touch out of every fact and gives a corrected one its corrected values', async () => {
    const log = new EventLog();
    log.staff('rep', '2024-01-01T00:00:00Z', null, 'North');
    log.customer(ann, '2024-01-02T00:00:00Z', { ownerId: 'rep' });
    const call = log.touch('CallLogged', ann, '2024-01-03T09:00:00Z', { direction: 'outbound', durationSeconds: 300, outcome: 'reached' });
    const wrongCall = log.touch('CallLogged', ann, '2024-01-03T10:00:00Z', { direction: 'outbound', durationSeconds: 60, outcome: 'reached' });
    const voidedPurchase = log.purchase(ann, '2024-01-05T14:30:00Z', 10_000);
    const purchase = log.purchase(ann, '2024-01-06T14:30:00Z', 5000);
    const facts = ({ type, data }: { type: string; data: object }) => {
      const { personal: _personal, ...rest } = data as Record<string, never>;
      return { type, data: rest };
    };
    const voided = (touch: typeof call) =>
      log.touch('TouchVoided', ann, '2024-02-01T00:00:00Z', { touchEventId: touch.id, voided: facts(touch), personal: { reason: 'wrong customer' } });
    const corrected = (touch: typeof call, fields: Record<string, number | string>) =>
      log.touch('TouchCorrected', ann, '2024-02-01T00:00:00Z', {
        touchEventId: touch.id,
        fields: Object.keys(fields),
        previous: facts(touch),
        corrected: { type: touch.type, data: { ...(facts(touch).data as object), ...fields } },
        personal: {},
      });
    voided(voidedPurchase);
    corrected(call, { durationSeconds: 900 });
    corrected(purchase, { amount: 7000, occurredAt: '2024-01-07T10:00:00.000Z' });
    voided(wrongCall);
    await freshSchema(db, analyticsProjection, 'analytics_amended');
    await applyInBatches(db, analyticsProjection, 'analytics_amended', log.events, [5]);

    const adb = db.withSchema('analytics_amended');
    expect(await touchCounts(adb, 'owner', {})).toEqual([{ key: 'rep', count: '2', call_seconds: '900' }]);
    const [value] = await customerValues(adb, { sort: 'revenue', limit: 10 });
    expect([value?.revenue, value?.purchases]).toEqual(['7000', '1']);
    const sales = await salesByTime(adb, 'month', 'UTC', {});
    expect(sales).toEqual([expect.objectContaining({ month: '2024-01', count: '1', amount: '7000' })]);
  });

  it('builds the same tables whatever the batch splits, as a rebuild from scratch would', async () => {
    await fc.assert(
      fc.asyncProperty(crmHistory, fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 8 }), async (events, splits) => {
        await freshSchema(db, analyticsProjection, 'analytics_whole');
        await freshSchema(db, analyticsProjection, 'analytics_split');
        await applyAsRebuild(db, analyticsProjection, 'analytics_whole', events);
        await applyInBatches(db, analyticsProjection, 'analytics_split', events, splits);
        expect(await schemaSnapshot(db, 'analytics_split')).toEqual(await schemaSnapshot(db, 'analytics_whole'));
      }),
      { numRuns: 25 },
    );
  });
});
