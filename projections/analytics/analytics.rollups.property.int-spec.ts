import fc from 'fast-check';
import { touchFacts, type DomainEvent, type TouchEvent, type TouchFacts } from '#crm/domain';
import type { Kysely } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { crmHistory } from '../shared/testing/crm-history.arbitrary.js';
import { batchCuts, customerIds, HISTORY_START, mergeSteps, type HistoryStep } from '../shared/testing/customer-history.arbitrary.js';
import { TestLog } from '../shared/testing/test-log.js';
import { analyticsProjection } from './analytics.projection.js';
import { attributedPurchases, DEFAULT_ATTRIBUTION_DAYS, promotionCounts } from './campaigns.queries.js';
import { buyerCounts, customerValues } from './customer-value.queries.js';
import type { Period, RecordedAxis } from './period.js';
import { touchCounts } from './salespeople.queries.js';
import { applyInBatches, freshSchema } from './testing/apply-in-batches.js';
import { salesByTime, type TimeBucket } from './timing.queries.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Whole hours, whole days, and zones a UTC hour does not fit (half and quarter hours, a half-hour shift). */
const timeZones = ['UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe'];

/** An instant in the histories' span: on a day's or an hour's boundary, or anywhere. */
const instant = fc
  .tuple(fc.integer({ min: -30 * DAY, max: 800 * DAY }), fc.constantFrom(DAY, HOUR, 1))
  .map(([offset, grain]) => new Date(HISTORY_START + Math.floor(offset / grain) * grain));

/** No bound, either bound, or both. */
const period: fc.Arbitrary<Period> = fc.tuple(fc.option(instant), fc.option(instant)).map(([a, b]) => {
  if (a && b && a.getTime() === b.getTime()) return { from: a };
  const [from, to] = a && b && a > b ? [b, a] : [a, b];
  return { ...(from && { from }), ...(to && { to }) };
});

/**
 * A promotion sent and a purchase by the same customer some hours later (the random histories seldom
 * bring the two close enough for an attribution), the purchase then perhaps voided or moved earlier
 * (the customer's last purchase goes back), or partly cancelled (the campaign's net revenue goes down).
 */
function sentThenBought(steps: HistoryStep[], [position, customer, hours, amended]: [number, number, number, Amended], index: number): HistoryStep[] {
  const at = steps[Math.max(0, position - 1)]!.recordedAt;
  const touch = { customerId: customerIds[customer]!, channel: 'email' as const };
  const step = (event: DomainEvent, suffix: number): HistoryStep => ({
    event,
    recordedAt: at,
    sweepBefore: false,
    eventId: `f0000000-0000-4000-8000-${(index * 2 + suffix).toString().padStart(12, '0')}`,
  });
  const sent = step({ type: 'PromotionSent', data: { ...touch, occurredAt: at.toISOString(), campaignId: `C-${index % 2}`, promotionId: 'P-2' } }, 0);
  const boughtAt = new Date(at.getTime() + hours * HOUR).toISOString();
  const purchase: TouchEvent = {
    type: 'PurchaseRecorded',
    data: { ...touch, channel: 'store', occurredAt: boughtAt, orderId: `O-A${index}`, lines: [], amount: 1000 + index, cost: null, currency: 'EUR' },
  };
  const bought = step(purchase, 1);
  if (amended === 'cancelled') {
    // Part of the order taken back an hour later, recorded last (so most often in a later batch than the purchase).
    const cancelled = step(
      {
        type: 'PurchaseCancelled',
        data: {
          ...touch,
          channel: 'store',
          occurredAt: new Date(Date.parse(boughtAt) + HOUR).toISOString(),
          orderId: `O-A${index}`,
          lines: [],
          amount: 400,
          currency: 'EUR',
        },
      },
      1_000,
    );
    return [...steps.slice(0, position), sent, bought, ...steps.slice(position), { ...cancelled, recordedAt: steps.at(-1)!.recordedAt }];
  }
  const facts = touchFacts(purchase);
  const earlier = { type: facts.type, data: { ...facts.data, occurredAt: new Date(Date.parse(boughtAt) - 400 * DAY).toISOString() } } as TouchFacts;
  const amendment: DomainEvent[] = {
    kept: [],
    voided: [
      {
        type: 'TouchVoided',
        data: { customerId: touch.customerId, touchEventId: bought.eventId!, occurredAt: boughtAt, voided: facts, personal: { reason: 'Wrong customer' } },
      },
    ],
    moved: [
      {
        type: 'TouchCorrected',
        data: {
          customerId: touch.customerId,
          touchEventId: bought.eventId!,
          occurredAt: boughtAt,
          fields: ['occurredAt'],
          previous: facts,
          corrected: earlier,
          personal: {},
        },
      },
    ],
  }[amended];
  return [...steps.slice(0, position), sent, bought, ...amendment.map((event) => step(event, 1_000)), ...steps.slice(position)];
}

type Amended = 'kept' | 'voided' | 'moved' | 'cancelled';

/** A history with promotions followed by purchases and, most times, a merge (and sometimes its unmerge) somewhere in it. */
const history = crmHistory.chain((steps) =>
  fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.integer({ min: customerIds.length, max: steps.length }),
          fc.nat(customerIds.length - 1),
          fc.integer({ min: 0, max: 24 * 20 }),
          fc.constantFrom<Amended>('kept', 'voided', 'moved', 'cancelled'),
        ),
        { maxLength: 3 },
      ),
      fc.boolean(),
      fc.integer({ min: customerIds.length, max: steps.length }),
      fc.nat(customerIds.length - 1),
      fc.integer({ min: 1, max: customerIds.length - 1 }),
      fc.boolean(),
    )
    .map(([attributions, merge, position, survivor, offset, unmerge]) => {
      const attributed = attributions.reduce((drawn, pair, index) => sentThenBought(drawn, pair, index), steps);
      if (!merge) return attributed;
      const at = attributed[Math.max(0, position - 1)]!.recordedAt;
      const absorbed = customerIds[(survivor + offset) % customerIds.length]!;
      return [...attributed.slice(0, position), ...mergeSteps(customerIds[survivor]!, absorbed, at, unmerge), ...attributed.slice(position)];
    }),
);

/** Every report the rollups answer, its rows in an order that does not depend on the query plan. */
async function reports(db: Kysely<any>, axis: Period & RecordedAxis, timeZone: string): Promise<Record<string, string[]>> {
  const timing = async (bucket: TimeBucket) => salesByTime(db, bucket, timeZone, axis);
  const figures = {
    touchesByOwner: await touchCounts(db, 'owner', axis),
    touchesByManager: await touchCounts(db, 'manager', axis),
    touchesByRegion: await touchCounts(db, 'region', axis),
    salesByWeekdayHour: await timing('weekday-hour'),
    salesByWeekday: await timing('weekday'),
    salesByHour: await timing('hour'),
    salesByMonth: await timing('month'),
    customersByRevenue: await customerValues(db, { sort: 'revenue', limit: 1000, ...axis }),
    customersByMargin: await customerValues(db, { sort: 'margin', limit: 3, ...axis }),
    customersInEur: await customerValues(db, { sort: 'revenue', measure: 'won-deals', currency: 'EUR', limit: 1000, ...axis }),
    buyers: await buyerCounts(db, axis),
    buyersInEur: await buyerCounts(db, { ...axis, currency: 'EUR' }),
    promotions: await promotionCounts(db, axis),
    attributed: await attributedPurchases(db, axis, DEFAULT_ATTRIBUTION_DAYS),
    attributedInAWeek: await attributedPurchases(db, axis, 7),
  };
  return Object.fromEntries(Object.entries(figures).map(([name, rows]) => [name, (rows as object[]).map((row) => JSON.stringify(row)).sort()]));
}

/** Later than anything recorded: as of then, the reports read the facts' current versions through knownAt. */
const ALL_RECORDED = { asOf: new Date('9999-01-01T00:00:00Z') };

describe('analytics rollups', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('analytics_rollups');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('every report read from the rollups equals the same report read from the facts, for random histories, batches, periods and time zones', async () => {
    const filled = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        history.chain((steps) =>
          fc.tuple(fc.constant(steps), batchCuts(steps.length), fc.array(period, { minLength: 1, maxLength: 3 }), fc.constantFrom(...timeZones)),
        ),
        async ([steps, cuts, periods, timeZone]) => {
          const log = new TestLog();
          const events = steps
            .map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId))
            .filter((event) => analyticsProjection.eventTypes.includes(event.type));
          await freshSchema(db, analyticsProjection, 'analytics_rollups');
          await applyInBatches(db, analyticsProjection, 'analytics_rollups', events, cuts);
          const schema = db.withSchema('analytics_rollups');
          for (const asked of [{}, ...periods]) {
            const fromRollups = await reports(schema, asked, timeZone);
            expect(fromRollups).toEqual(await reports(schema, { ...asked, ...ALL_RECORDED }, timeZone));
            for (const [name, rows] of Object.entries(fromRollups)) if (rows.length > 0) filled.add(name);
          }
        },
      ),
      { numRuns: 25, seed: 20261204 },
    );
    // Equal because both are empty would prove nothing: every report had rows in some history.
    expect([...filled].sort()).toEqual(Object.keys(await reports(db.withSchema('analytics_rollups'), {}, 'UTC')).sort());
  }, 300_000);
});
