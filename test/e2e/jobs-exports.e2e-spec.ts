import { analyticsProjection } from '../../projections/analytics/index.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

describe('export and rebuild jobs', () => {
  let app: JobsTestApp;

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_exports', { projections: [analyticsProjection] });
    const lead = await app.request({ method: 'POST', url: '/leads', payload: { name: 'Csv Person', email: 'csv@example.com', form: 'contact, "quoted"', interest: null }, role: null });
    const call = { type: 'call', occurredAt: new Date().toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 30, outcome: 'reached' };
    const called = await app.request({ method: 'POST', url: `/customers/${lead.json().customerId}/touches`, payload: call });
    await app.projected(called.json().position);
  });

  afterAll(() => app?.close());

  it('exports an analytics table as CSV with progress, then offers the download', async () => {
    const started = await app.request({ method: 'POST', url: '/exports/analytics', payload: { table: 'touch_fact' }, role: 'analyst' });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    await expect(app.finished(`export.${id}`)).resolves.toEqual({ rows: 2 });

    const status = (await app.request({ method: 'GET', url: `/exports/${id}`, role: 'analyst' })).json();
    expect(status).toMatchObject({ id, kind: 'analytics-table', subject: 'touch_fact', status: 'done', done: 2, total: 2, downloadUrl: `/exports/${id}/download` });
    const file = await app.request({ method: 'GET', url: status.downloadUrl, role: 'analyst' });
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="touch_fact.csv"');
    const lines = file.body.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('customer_id');
    // The routes are shared with person exports (compliance): the kind keeps each to its own readers.
    expect((await app.request({ method: 'GET', url: `/exports/${id}`, role: 'compliance' })).statusCode).toBe(403);
    expect((await app.request({ method: 'GET', url: status.downloadUrl, role: 'compliance' })).statusCode).toBe(403);
  });

  it('rebuilds a projection as a job and reports what it replayed', async () => {
    const started = await app.request({ method: 'POST', url: '/exports/rebuilds', payload: { projection: 'analytics' }, role: 'admin' });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    const { eventsApplied } = (await app.finished(`export.${id}`)) as { eventsApplied: number };
    expect(eventsApplied).toBeGreaterThanOrEqual(3); // registration, lead, call
    const status = (await app.request({ method: 'GET', url: `/exports/${id}`, role: 'analyst' })).json();
    expect(status).toMatchObject({ status: 'done', done: eventsApplied, total: eventsApplied });
    const report = (await app.request({ method: 'GET', url: status.downloadUrl, role: 'analyst' })).json();
    expect(report).toMatchObject({ projection: 'analytics', eventsApplied });
  });

  it('refuses an unknown table with 400 naming the field, rebuilds to non-admins, and an unknown export with 404', async () => {
    const bad = await app.request({ method: 'POST', url: '/exports/analytics', payload: { table: 'api_key' }, role: 'analyst' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'table', reason: 'must be one of touch_fact, purchase_fact, opportunity_fact, promotion_fact' }]);
    expect((await app.request({ method: 'POST', url: '/exports/rebuilds', payload: { projection: 'analytics' }, role: 'analyst' })).statusCode).toBe(403);
    expect((await app.request({ method: 'GET', url: '/exports/00000000-0000-4000-8000-000000000000/download', role: 'analyst' })).statusCode).toBe(404);
  });
});
