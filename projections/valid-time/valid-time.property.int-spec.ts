import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { classifyLifecycle, defaultLifecycleRules, type LifecyclePosition, type SegmentRule } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { applyFact, type CustomerFactEvent } from '../segments/apply-fact.js';
import { emptyFacts, type CustomerFacts } from '../segments/customer-facts.js';
import { matches } from '../segments/evaluate-rule.js';
import { batchCuts, customerHistory, customerIds, customerListsHistory } from '../shared/testing/customer-history.arbitrary.js';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { eventContext } from '../shared/recorded-event-context.js';
import { TestLog } from '../shared/testing/test-log.js';
import { validTimeProjection } from './valid-time.projection.js';
import { customerFactsAt, customerFactsPageAt, customerLifecycleAt, lifecycleSummaryAt } from './valid-time.queries.js';

const DAY = 86_400_000;

/** Rules whose answers time alone changes, and one it does not. */
const rules: SegmentRule[] = [
  { fact: 'purchases', op: 'gte', value: 1, days: 90 },
  { fact: 'daysSinceLastTouch', op: 'lt', value: 30 },
  {
    any: [
      { fact: 'lifecycleStage', op: 'eq', value: 'customer' },
      { fact: 'lifecycleGrade', op: 'eq', value: 'probable' },
    ],
  },
  { fact: 'owner', op: 'exists' },
];

/**
 * The fresh evaluation the projection must agree with: the customer's events that had happened by
 * `validAt` (an erasure whenever it happened), folded in log order from nothing.
 */
function foldAt(log: RecordedEvent[], customerId: string, validAt: number): CustomerFacts | null {
  const facts = emptyFacts(customerId);
  let any = false;
  for (const event of log as (RecordedEvent & CustomerFactEvent)[]) {
    if (event.data.customerId !== customerId) continue;
    const at = eventContext(event).occurredAt.getTime();
    if (event.type !== 'CustomerErased' && at > validAt) continue;
    any ||= event.type !== 'CustomerErased';
    applyFact(facts, event, at, validAt);
  }
  return any ? facts : null;
}

/** Facts as two folds agree on them: the lists in any order, the lifecycle's windowed lists left out. */
function comparable(facts: CustomerFacts) {
  const sorted = <T>(list: T[]) => list.map((each) => JSON.stringify(each)).sort();
  const { money: _money, replies: _replies, ...lifecycle } = facts.lifecycle;
  return { ...facts, purchases: sorted(facts.purchases), complaints: sorted(facts.complaints), lifecycle };
}

function freshPosition(log: RecordedEvent[], customerId: string, at: number): LifecyclePosition | null {
  const facts = foldAt(log, customerId, at);
  return facts === null || facts.lifecycle.firstSeenAt === null ? null : classifyLifecycle(facts.lifecycle, at, defaultLifecycleRules);
}

// 25 histories, each probed at every instant: 27–45 s beside other files, over the default minute when the whole suite shares two cores.
const PROPERTY_TIMEOUT_MS = 180_000;

describe('valid_time projection: answers at V equal a fresh evaluation of the rules over the fold at V', () => {
  let database: TestDatabase;
  let db: Kysely<any>;
  const schema = projectionSchema(validTimeProjection.name);

  beforeAll(async () => {
    database = await createTestDatabase('valid_time_property');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  /** Checks every answer at V against the fresh fold for 25 histories; counts what they held. */
  async function agreeWithFreshFold(histories: typeof customerHistory) {
    const seen = { lateEvents: 0, lapses: 0, withdrawals: 0 };
    await fc.assert(
      fc.asyncProperty(
        histories.chain((history) =>
          fc.tuple(fc.constant(history), batchCuts(history.length), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 6 })),
        ),
        async ([history, cuts, fractions]) => {
          const log = new TestLog();
          const recorded = history.map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId));
          const handled = recorded.filter((event) => validTimeProjection.eventTypes.includes(event.type));
          seen.lateEvents += handled.filter((event, index) =>
            handled.slice(0, index).some((before) => eventContext(before).occurredAt > eventContext(event).occurredAt),
          ).length;
          seen.withdrawals += (handled as (RecordedEvent & CustomerFactEvent)[]).filter((event) => {
            const touch = event.type === 'TouchVoided' ? event.data.voided : event.type === 'TouchCorrected' ? event.data.previous : null;
            return touch?.type === 'PurchaseRecorded' || touch?.type === 'ComplaintFiled';
          }).length;
          await freshSchema(db, validTimeProjection, schema);
          await applyInBatches(db, validTimeProjection, schema, handled, cuts);

          const instants = handled.map((event) => eventContext(event).occurredAt.getTime());
          const first = Math.min(...instants);
          const last = Math.max(...instants) + 400 * DAY;
          const probes = [...instants, ...instants.map((at) => at - 1), ...fractions.map((fraction) => Math.round(first + fraction * (last - first))), last];
          for (const validAt of probes) {
            const stages: Record<string, number> = {};
            for (const customerId of customerIds) {
              const expected = freshPosition(handled, customerId, validAt);
              const answer = await customerLifecycleAt(db, customerId, new Date(validAt));
              expect(answer && { stage: answer.stage, grade: answer.grade }).toEqual(expected);
              if (expected) stages[expected.stage] = (stages[expected.stage] ?? 0) + 1;
              // Every transition up to V is a change the fresh evaluation sees at that instant.
              for (const transition of answer?.transitions ?? []) {
                const at = Date.parse(transition.at);
                expect(freshPosition(handled, customerId, at)).toEqual(transition.to);
                expect(freshPosition(handled, customerId, at - 1)).toEqual(transition.from);
                if (transition.cause === 'lapse') seen.lapses += 1;
              }
              const facts = await customerFactsAt(db, customerId, new Date(validAt));
              const fresh = foldAt(handled, customerId, validAt);
              // The facts themselves, but for the windowed lists: a point prunes them at its own instant.
              expect(facts && comparable(facts)).toEqual(fresh && comparable(fresh));
              for (const rule of rules) {
                expect(facts !== null && matches(rule, facts, new Date(validAt))).toBe(fresh !== null && matches(rule, fresh, new Date(validAt)));
              }
            }
            const summary = await lifecycleSummaryAt(db, new Date(validAt), { from: new Date(first), to: new Date(last) });
            expect(Object.fromEntries(Object.entries(summary.stages).filter(([, count]) => count > 0))).toEqual(stages);
            const page = await customerFactsPageAt(db, new Date(validAt), '', 10);
            expect(page.map((row) => row.customerId)).toEqual(customerIds.filter((customerId) => foldAt(handled, customerId, validAt) !== null).sort());
            for (const { customerId, facts } of page) expect(comparable(facts)).toEqual(comparable(foldAt(handled, customerId, validAt)!));
          }
        },
      ),
      { numRuns: 25, seed: 20261204 },
    );
    return seen;
  }

  it(
    'for random histories with late events, voids, corrections and erasures, whatever the batches',
    async () => {
      const seen = await agreeWithFreshFold(customerHistory);
      // The property would say little if no history had a late event or a lapse.
      expect(seen.lateEvents).toBeGreaterThan(0);
      expect(seen.lapses).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'for histories of purchases, complaints and replies voided and corrected, at any instant',
    async () => {
      const seen = await agreeWithFreshFold(customerListsHistory);
      expect(seen.withdrawals).toBeGreaterThan(10);
      expect(seen.lateEvents).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
