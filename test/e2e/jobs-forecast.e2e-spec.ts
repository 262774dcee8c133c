import { analyticsProjection } from '../../projections/analytics/index.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

describe('the forecast fit job', () => {
  let app: JobsTestApp;
  let someone: string;

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_forecast', { projections: [analyticsProjection] });
    // Six customers: some come back, some do not, so both models have something to fit.
    const buying = [[0], [0, 7], [1, 3, 20], [2, 30], [5], [3, 4, 10, 40]];
    let position = '';
    for (const [index, days] of buying.entries()) {
      const registered = await app.request({ method: 'POST', url: '/customers', payload: { kind: 'person', name: `Buyer ${index}` } });
      someone = registered.json().id;
      for (const at of days) {
        const purchase = { type: 'purchase', occurredAt: day(at), orderId: `O-${index}-${at}`, currency: 'EUR', amount: 1000 + 500 * at };
        position = (await app.request({ method: 'POST', url: `/customers/${registered.json().id}/touches`, payload: purchase })).json().position;
      }
    }
    await app.projected(position);
  }, 120_000);

  afterAll(() => app?.close());

  it('fits on demand as a job, keeps the fit and shows it, the newest first', async () => {
    expect((await app.request({ method: 'GET', url: '/forecast/fits', role: 'analyst' })).json()).toEqual({ items: [] });
    const before = await app.request({ method: 'GET', url: `/customers/${someone}/forecast` });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      fit: null,
      forecast: { customerId: someone, history: null, probabilityAlive: null, expectedPurchases: null, expectedSpend: null, clv: null },
    });
    const started = await app.request({ method: 'POST', url: '/forecast/fits', payload: { calibrationEnd: '2026-02-15' }, role: 'analyst' });
    expect(started.statusCode).toBe(202);
    const { fitId } = (await app.finished(started.json().jobId)) as { fitId: string };

    const fits = (await app.request({ method: 'GET', url: '/forecast/fits', role: 'analyst' })).json().items;
    expect(fits).toHaveLength(1);
    expect(fits[0]).toMatchObject({ id: fitId, calibrationStart: '2026-01-01', calibrationEnd: '2026-02-15', currency: 'EUR', customers: 6 });
    expect(fits[0].bgNbd.logLikelihood).toBeLessThan(0);
    expect(fits[0].gammaGamma.customers).toBe(4);
    expect(fits[0].durationMs).toBeGreaterThanOrEqual(0);
    const after = (await app.request({ method: 'GET', url: `/customers/${someone}/forecast?asOf=2026-02-15` })).json();
    expect(after.fit.id).toBe(fitId);
    expect(after.forecast).toMatchObject({ history: { x: 3, tx: 37 / 7, T: 42 / 7 }, probabilityAlive: expect.any(Number), clv: expect.any(Number) });

    // A real fit job through BullMQ: 15 s on a quiet machine, past a minute on a loaded one.
  }, 180_000);

  it('refuses a calibration end that is not a date, naming the field, and fits to non-analysts', async () => {
    for (const calibrationEnd of ['15/02/2026', '2026-02-31']) {
      const bad = await app.request({ method: 'POST', url: '/forecast/fits', payload: { calibrationEnd }, role: 'analyst' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'calibrationEnd', reason: 'must be a date, YYYY-MM-DD' }]);
    }
    expect((await app.request({ method: 'POST', url: '/forecast/fits', payload: {}, role: 'operator' })).statusCode).toBe(403);
  });
});
