/**
 * A campaign's control group: the held-back share is hashed per customer, recorded in the ledger
 * and never sent to, and GET /campaigns/:id/results compares treated with control within the
 * window after the campaign's start (fake clock: the campaign moved 40 days back), against figures
 * computed here.
 */
import { sql } from 'kysely';
import { customerStreamName, inControlGroup } from '#crm/domain';
import { analyticsProjection, segmentsProjection } from '#crm/projections';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

const DAY = 86_400_000;

describe('campaign control groups', () => {
  let app: JobsTestApp;
  let segmentId: string;
  const customers: string[] = [];

  const post = (url: string, payload: object, role: 'analyst' | 'operator' = 'operator') => app.request({ method: 'POST', url, payload, role });
  const get = (url: string) => app.request({ method: 'GET', url, role: 'analyst' });

  beforeAll(async () => {
    app = await startJobsTestApp('campaign_results', { projections: [segmentsProjection, analyticsProjection] });
    segmentId = (await post('/segments', { name: 'Trial', rule: { fact: 'attribute', key: 'cohort', op: 'eq', value: 'trial' } }, 'analyst')).json().id;
    let last = '';
    for (let index = 0; index < 16; index++) {
      const id = (
        await post('/customers', { kind: 'person', name: `Trial Person ${index}`, email: `trial${index}@example.com`, attributes: { cohort: 'trial' } })
      ).json().id;
      last = (await post(`/customers/${id}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' })).json().events[0]
        .position;
      customers.push(id);
    }
    await app.projected(last);
  });

  afterAll(() => app?.close());

  it('refuses a control share over one half, naming the field', async () => {
    const answer = await post('/campaigns', { name: 'x', segmentId, channel: 'email', subject: 's', body: 'b', controlShare: 0.9 });
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('controlShare');
    expect((await get('/campaigns/00000000-0000-4000-8000-000000000000/results')).statusCode).toBe(404);
  });

  it('holds back the control group by hash, sends to the rest, and compares them within the window', async () => {
    const created = await post('/campaigns', { name: 'Trial offer', segmentId, channel: 'email', subject: 'Offer', body: 'Come back.', controlShare: 0.5 });
    expect(created.statusCode).toBe(202);
    const campaignId = created.json().id as string;
    await expect(app.finished(`campaign-chunk.${campaignId}.0`)).resolves.toEqual({ settled: 16 });
    const groups = customers.map((id) => (inControlGroup(campaignId, id, 0.5) ? 'control' : 'treated'));
    const treated = customers.filter((_, index) => groups[index] === 'treated');
    const control = customers.filter((_, index) => groups[index] === 'control');
    expect((await get(`/campaigns/${campaignId}`)).json()).toMatchObject({
      controlShare: 0.5,
      targeted: 16,
      sent: treated.length,
      heldBack: control.length,
      skipped: 0,
    });

    // Held back: recorded in the ledger, no PromotionSent, no message.
    const ledger = (
      await sql<{ customer_id: string; status: string }>`select customer_id, status from campaign_delivery where campaign_id = ${campaignId}`.execute(
        app.databases.readDb,
      )
    ).rows;
    expect(
      ledger
        .filter((row) => row.status === 'held-back')
        .map((row) => row.customer_id)
        .sort(),
    ).toEqual([...control].sort());
    const messaged = (await sql<{ key: string }>`select key from outbox_message where key like ${`campaign.${campaignId}.%`}`.execute(app.databases.readDb))
      .rows;
    expect(messaged.map((row) => row.key.split('.')[2]).sort()).toEqual([...treated].sort());
    for (const id of control) {
      for await (const event of app.databases.eventStore.readStream(customerStreamName(id))) expect(event.type).not.toBe('PromotionSent');
    }

    // The campaign started 40 days ago by its own record; the 30-day window has closed since.
    const start = new Date(Date.now() - 40 * DAY);
    await sql`update campaign set created_at = ${start} where id = ${campaignId}`.execute(app.databases.readDb);
    // Every treated customer buys 10 days in, every third control customer too; one treated customer buys again after the window.
    let last = '';
    const buy = async (id: string, at: number, amount: number) =>
      (last = (
        await post(`/customers/${id}/touches`, { type: 'purchase', currency: 'EUR', amount, occurredAt: new Date(start.getTime() + at).toISOString() })
      ).json().position);
    for (const [index, id] of customers.entries()) {
      if (groups[index] === 'treated') await buy(id, 10 * DAY, 2_000 + index * 100);
      else if (index % 3 === 0) await buy(id, 10 * DAY, 1_000);
    }
    await buy(treated[0]!, 35 * DAY, 99_999);
    await app.projected(last);

    const results = (await get(`/campaigns/${campaignId}/results?windowDays=30`)).json();
    const controlBuyers = customers.filter((_, index) => groups[index] === 'control' && index % 3 === 0).length;
    const treatedRevenue = customers.flatMap((_, index) => (groups[index] === 'treated' ? [2_000 + index * 100] : []));
    expect(results).toMatchObject({
      campaignId,
      windowDays: 30,
      from: start.toISOString(),
      to: new Date(start.getTime() + 30 * DAY).toISOString(),
      complete: true,
      customers: { treated: treated.length, control: control.length },
    });
    expect(results.purchases.treated).toBe(1);
    expect(results.purchases.control).toBeCloseTo(controlBuyers / control.length, 10);
    expect(results.response.uplift).toBeCloseTo(1 - controlBuyers / control.length, 10);
    const p2 = controlBuyers / control.length;
    const se = Math.sqrt((p2 * (1 - p2)) / control.length);
    expect(results.purchases.ci95.low).toBeCloseTo(1 - p2 - 1.959963984540054 * se, 10);
    // Revenue per currency, the means to the cent.
    const cents = (minor: number) => ({ currency: 'EUR', minor, amount: (minor / 100).toFixed(2) });
    const treatedMean = Math.round(treatedRevenue.reduce((a, b) => a + b, 0) / treated.length);
    const controlMean = Math.round((controlBuyers * 1_000) / control.length);
    expect(results.revenue).toEqual([
      expect.objectContaining({ currency: 'EUR', treated: cents(treatedMean), control: cents(controlMean), ci95: { low: expect.any(Object), high: expect.any(Object) } }),
    ]);
    const [revenue] = results.revenue;
    expect(revenue.ci95.low.minor).toBeLessThan(revenue.uplift.minor);
    expect(results.method).toContain('Welch');
    const file = (await app.request({ method: 'GET', url: `/campaigns/${campaignId}/results`, role: 'analyst', headers: { accept: 'text/csv' } })).body.split('\r\n');
    expect(file[0]).toBe(
      'measure,treated,control,uplift,ci95.low,ci95.high,currency,revenueTreated EUR,revenueControl EUR,revenueUplift EUR,revenueLow EUR,revenueHigh EUR,degreesOfFreedom',
    );
    expect(file[3]).toMatch(new RegExp(`^revenue,,,,,,EUR,${cents(treatedMean).amount},${cents(controlMean).amount},`));
    // A window still open says so.
    expect((await get(`/campaigns/${campaignId}/results?windowDays=60`)).json()).toMatchObject({ complete: false });
    // The analytics report names the campaign as it was sent, in JSON and in CSV.
    expect((await get('/analytics/campaigns')).json().campaigns).toEqual([
      expect.objectContaining({ campaignId, campaignName: 'Trial offer', sent: treated.length }),
    ]);
    const csv = (await get('/analytics/campaigns?format=csv')).body.split('\r\n');
    expect([csv[0]!.split(',').slice(0, 3), csv[1]!.split(',').slice(0, 3)]).toEqual([
      ['campaignId', 'campaignName', 'sent'],
      [campaignId, 'Trial offer', String(treated.length)],
    ]);
  });
});
