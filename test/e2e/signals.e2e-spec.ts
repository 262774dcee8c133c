/**
 * GET /signals over a small, hand-made history whose expected signals follow from the rules in
 * docs/marketing.md: written out here per customer, with the events each must rest on.
 */
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#crm/event-store';
import { analyticsProjection, pipelineProjection } from '#crm/projections';
import { RecordAccessModule } from '../../apps/api/src/access/record-access.module.js';
import { SignalsModule } from '../../apps/api/src/signals/signals.module.js';
import { startReadModelTestApp, type ReadModelTestApp } from '../../apps/api/src/analytics/testing/read-model-test-app.js';
import { appendLog } from '../../projections/analytics/testing/append-log.js';
import { EventLog } from '../../projections/analytics/testing/recorded-events.js';

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();
const NOW = day(50);
const [ann, bob, carl, dana, erin, frank, gina, hank] = Array.from({ length: 8 }, () => randomUUID()).sort();
const line = (sku: string) => ({ sku, description: null, quantity: 1, unitPrice: 1000 });

type Signal = {
  id: string;
  type: string;
  customerId: string;
  ownerId: string | null;
  explanation: string;
  facts: Record<string, number | string>;
  eventIds: string[];
};

describe('signals', () => {
  let api: ReadModelTestApp;
  const events: Record<string, RecordedEvent[]> = {};

  beforeAll(async () => {
    api = await startReadModelTestApp('signals', [RecordAccessModule, SignalsModule], [analyticsProjection, pipelineProjection]);
    const log = new EventLog();
    for (const customer of [ann, bob, carl, dana, erin, frank, gina, hank]) log.customer(customer!, day(0), { ownerId: customer === ann ? 'rep-1' : 'rep-2' });
    const buy = (customer: string, at: number, skus: string[] = [], amount = 1000) =>
      (events[customer] ??= []).push(log.purchase(customer, day(at), skus.length === 0 ? amount : skus.length * 1000, { lines: skus.map(line) }));
    // ann buys every 10 days and has not for 20: due. bob's last purchase is 5 days old: not due.
    for (const at of [0, 10, 20, 30]) buy(ann!, at, at === 0 ? ['A', 'B'] : []);
    for (const at of [0, 10, 20, 45]) buy(bob!, at, at === 0 ? ['A', 'B'] : []);
    // carl's complaint is 15 days old and open; dana's was resolved.
    buy(carl!, 1, ['A', 'B']);
    const complaint = log.touch('ComplaintFiled', carl!, day(35), { complaintId: 'k1', category: 'late', severity: 'low' });
    buy(dana!, 1, ['A', 'B']);
    log.touch('ComplaintFiled', dana!, day(35), { complaintId: 'k2', category: 'late', severity: 'low' });
    log.touch('ComplaintResolved', dana!, day(40), { complaintId: 'k2', resolution: 'refund' });
    events.complaint = [complaint];
    // A→B holds in 4 of the 5 orders with A; 3 orders of C make B's own share 4 of 8: lift 1.6. erin bought A only.
    buy(erin!, 2, ['A']);
    for (const at of [44, 46, 48]) buy(gina!, at, ['C']);
    // Three deals left qualification after 4, 5 and 6 days (median 5); one has been there 50 days, one 5.
    const open = (deal: string, at: number) =>
      log.deal('OpportunityOpened', deal, frank!, day(at), {
        ownerId: 'rep-2',
        interest: 'fleet',
        stage: 'qualification',
        expectedAmount: { amount: 1000, currency: 'GBP' },
      });
    for (const [deal, at] of [
      ['d1', 4],
      ['d2', 5],
      ['d3', 6],
    ] as const) {
      open(deal, 0);
      log.deal('OpportunityStageChanged', deal, frank!, day(at), { from: 'qualification', to: 'proposal' });
    }
    events.stuck = [open('d4', 0)];
    open('d5', 45);
    // hank spent most, twice at the start, and not since.
    buy(hank!, 0, [], 100_000);
    buy(hank!, 1, [], 100_000);
    await appendLog(api.store, log.events);
    await api.caughtUp();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  const signals = async (query: string): Promise<Signal[]> => {
    const answer = await api.get(`/signals?asOf=${NOW}&${query}`, 'operator');
    expect(answer.statusCode).toBe(200);
    return answer.json().items;
  };

  it('flags a customer later than their own rhythm, resting on their purchases', async () => {
    const due = await signals('type=due-to-reorder');
    expect(due.map((signal) => signal.customerId)).toEqual([ann]);
    expect(due[0]).toMatchObject({
      ownerId: 'rep-1',
      facts: { daysSinceLastPurchase: 20, usualGapDays: 10, purchaseDays: 4 },
      eventIds: events[ann!]!.map((event) => event.id),
    });
    expect(due[0]!.explanation).toContain('20 days ago');
  });

  it('flags an open complaint older than a week, not a resolved one', async () => {
    const atRisk = await signals('type=complaint-at-risk');
    expect(atRisk.map((signal) => signal.customerId)).toEqual([carl]);
    expect(atRisk[0]!.eventIds).toEqual([events.complaint![0]!.id, ...events[carl!]!.map((event) => event.id)]);
    expect(atRisk[0]!.facts).toMatchObject({ oldestOpenComplaintDays: 15, openComplaints: 1 });
  });

  it('suggests B to who bought A without it, with the rule support, confidence and lift', async () => {
    const crossSell = await signals('type=cross-sell');
    expect(crossSell.map((signal) => [signal.customerId, signal.facts.boughtSku, signal.facts.suggestedSku])).toEqual([[erin, 'A', 'B']]);
    expect(crossSell[0]!.facts).toMatchObject({ confidence: 0.8, lift: 1.6, support: 0.5, ordersWithBoth: 4 });
    expect(crossSell[0]!.eventIds).toEqual(events[erin!]!.map((event) => event.id));
  });

  it('flags a deal in its stage for more than twice the median stay, resting on the event that put it there', async () => {
    const stuck = await signals('type=stuck-deal');
    expect(stuck).toEqual([
      {
        id: expect.any(String),
        type: 'stuck-deal',
        customerId: frank,
        ownerId: 'rep-2',
        explanation: expect.stringContaining('in qualification for 50 days'),
        facts: { opportunityId: 'd4', stage: 'qualification', daysInStage: 50, usualDaysInStage: 5, stays: 3 },
        eventIds: [events.stuck![0]!.id],
      },
    ]);
  });

  it('filters by owner, and has no slipping customers before a forecast fit', async () => {
    expect((await signals('owner=rep-2&type=due-to-reorder')).length).toBe(0);
    expect((await signals('owner=rep-1')).map((signal) => [signal.type, signal.customerId])).toEqual([['due-to-reorder', ann]]);
    expect(await signals('type=high-value-slipping')).toEqual([]);
    expect((await signals('owner=rep-1')).map((signal) => signal.type)).not.toContain('cross-sell');
    const bad = await api.get('/signals?type=nonsense', 'operator');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('type');
  });

  it('lists one customer’s signals, each occurrence under the same id on every ask', async () => {
    const all = await signals('limit=1000');
    for (const customer of [ann, carl, erin, frank]) {
      const mine = await signals(`customer=${customer}`);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine).toEqual(all.filter((signal) => signal.customerId === customer));
    }
    expect((await signals(`customer=${frank}`)).map((signal) => signal.type)).toEqual(['stuck-deal']);
    const ids = all.map((signal) => signal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await signals('limit=1000')).map((signal) => signal.id)).toEqual(ids);
    expect((await api.get('/signals?customer=ann', 'operator')).statusCode).toBe(400);
  });

  it('flags the top fifth by spend whose P(alive) under the fit in force fell below one half', async () => {
    const model = { r: 0.243, alpha: 4.414, a: 2, b: 2 };
    await api.db
      .insertInto('forecast_fit')
      .values({
        id: randomUUID(),
        calibration_start: '2024-01-01',
        calibration_end: '2024-02-20',
        currency: 'GBP',
        customers: 7,
        duration_ms: 1,
        model: JSON.stringify({ bgNbd: { parameters: model, logLikelihood: -1, customers: 7, iterations: 1 }, gammaGamma: null }),
      })
      .execute();
    // The closed form, per buyer: x repeat days, t_x and T in weeks as of day 50.
    const buyers = Object.entries(events)
      .filter(([customer]) => customer !== 'complaint' && customer !== 'stuck')
      .map(([customer, bought]) => {
        const days = [...new Set(bought.map((event) => Math.round((Date.parse(event.data.occurredAt as string) - Date.UTC(2024, 0, 1)) / 86_400_000)))];
        const [x, tx, T] = [days.length - 1, (days.at(-1)! - days[0]!) / 7, (50 - days[0]!) / 7];
        const alive = x === 0 ? 1 : 1 / (1 + (model.a / (model.b + x - 1)) * ((model.alpha + T) / (model.alpha + tx)) ** (model.r + x));
        return { customer, x, alive, spent: bought.reduce((sum, event) => sum + (event.data.amount as number), 0) };
      });
    const threshold = buyers.map((buyer) => buyer.spent).sort((a, b) => b - a)[Math.ceil(buyers.length / 5) - 1]!;
    const expected = buyers.filter((buyer) => buyer.spent >= threshold && buyer.x > 0 && buyer.alive < 0.5);
    const slipping = await signals('type=high-value-slipping');
    expect(slipping.map((signal) => signal.customerId)).toEqual(expected.map((buyer) => buyer.customer).sort());
    expect(slipping.map((signal) => signal.customerId)).toContain(hank);
    expect((await signals(`type=high-value-slipping&customer=${hank}`)).map((signal) => signal.customerId)).toEqual([hank]);
    for (const signal of slipping) {
      const buyer = expected.find((candidate) => candidate.customer === signal.customerId)!;
      expect(signal.facts.probabilityAlive).toBeCloseTo(buyer.alive, 4);
      expect(signal.facts.currency).toBe('GBP');
      expect(signal.eventIds).toEqual(events[signal.customerId]!.map((event) => event.id));
    }
  });
});
