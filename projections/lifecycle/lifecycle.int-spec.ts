import { defaultLifecycleRules as rules, type LifecycleEvent } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import { createReadDb } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { aCustomer } from '#test/support/builders';
import { applyInBatches, freshSchema } from '../shared/testing/projection-harness.js';
import { TestLog } from '../shared/testing/test-log.js';
import { sweepLifecycleLapses } from './lifecycle-sweep.js';
import { lifecycleProjection } from './lifecycle.projection.js';
import { customerLifecycle, lifecycleSummary } from './lifecycle.queries.js';

const ada = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const bob = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

const registered = (customerId: string, n: number): LifecycleEvent => aCustomer(customerId).from('import').registeredAt(day(n).toISOString()).registered();
const reachedCall = (customerId: string, n: number): LifecycleEvent => ({
  type: 'CallLogged',
  data: { customerId, occurredAt: day(n).toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' },
});
const purchase = (customerId: string, n: number, amount: number): LifecycleEvent => ({
  type: 'PurchaseRecorded',
  data: { customerId, occurredAt: day(n).toISOString(), channel: 'store', orderId: null, lines: [], amount, cost: null, currency: 'EUR' },
});

describe('lifecycle projection', () => {
  let database: TestDatabase;
  let db: Kysely<any>;
  const schema = projectionSchema('lifecycle');
  const log = new TestLog();
  const recorded = [
    log.record(registered(ada, 0), day(0)),
    log.record(reachedCall(ada, 1), day(1)),
    log.record(purchase(ada, 2, rules.highValueRevenue), day(2)),
    log.record(registered(bob, 3), day(3)),
  ];
  const sweep = (now: Date) => db.transaction().execute((trx) => sweepLifecycleLapses(trx, schema, now, rules));

  beforeAll(async () => {
    database = await createTestDatabase('lifecycle');
    db = createReadDb(database.url);
    await freshSchema(db, lifecycleProjection, schema);
    await applyInBatches(db, lifecycleProjection, schema, recorded, [2]);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('keeps each customer’s stage and every transition with the event that caused it', async () => {
    expect(await customerLifecycle(db, ada)).toEqual({
      customerId: ada,
      stage: 'customer',
      grade: 'high-value',
      since: day(2).toISOString(),
      nextChangeAt: new Date(day(2).getTime() + rules.valueWindowDays * 86_400_000).toISOString(),
      transitions: [
        { from: null, to: { stage: 'lead', grade: null }, at: day(0).toISOString(), cause: 'event', eventId: recorded[0]!.id },
        { from: { stage: 'lead', grade: null }, to: { stage: 'prospect', grade: 'possible' }, at: day(1).toISOString(), cause: 'event', eventId: recorded[1]!.id },
        { from: { stage: 'prospect', grade: 'possible' }, to: { stage: 'customer', grade: 'high-value' }, at: day(2).toISOString(), cause: 'event', eventId: recorded[2]!.id },
      ],
    });
    expect(await customerLifecycle(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('sweeps lapses due by `now` as transitions caused by lapse, once', async () => {
    const leadLapse = new Date(day(3).getTime() + rules.leadLapseDays * 86_400_000);
    expect(await sweep(new Date(leadLapse.getTime() - 1))).toBe(0);
    expect(await sweep(leadLapse)).toBe(1);
    expect(await sweep(leadLapse)).toBe(0);
    const bobs = await customerLifecycle(db, bob);
    expect(bobs).toMatchObject({ stage: 'lost', grade: null, since: leadLapse.toISOString(), nextChangeAt: null });
    expect(bobs!.transitions.at(-1)).toEqual({
      from: { stage: 'lead', grade: null },
      to: { stage: 'lost', grade: null },
      at: leadLapse.toISOString(),
      cause: 'lapse',
      eventId: null,
    });
  });

  it('sums up customers per stage and grade now, and the stage changes of a period', async () => {
    const summary = await lifecycleSummary(db, { from: day(1), to: day(400) });
    expect(summary.stages).toEqual({ lead: 0, prospect: 0, customer: 1, lost: 1 });
    expect(summary.grades).toMatchObject({ 'high-value': 1, possible: 0 });
    expect(summary.flows).toEqual([
      { from: null, to: 'lead', transitions: 1 },
      { from: 'lead', to: 'lost', transitions: 1 },
      { from: 'lead', to: 'prospect', transitions: 1 },
      { from: 'prospect', to: 'customer', transitions: 1 },
    ]);
    const early = await lifecycleSummary(db, { from: day(0), to: day(1) });
    expect(early.flows).toEqual([{ from: null, to: 'lead', transitions: 1 }]);
  });
});
