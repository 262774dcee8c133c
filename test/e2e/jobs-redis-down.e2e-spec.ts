import { freePort } from '#test/support/free-port';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

describe('jobs while Redis is unreachable', () => {
  let app: JobsTestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    app = await startJobsTestApp('jobs_redis_down', { projections: [], worker: false, env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
  });

  afterAll(() => app?.close());

  it('still records touches and leads', async () => {
    const lead = await app.request({ method: 'POST', url: '/leads', payload: { name: 'Offline Lead', email: 'offline@example.com', form: 'contact-us', interest: null }, role: null });
    expect(lead.statusCode).toBe(201);
    const call = { type: 'call', occurredAt: new Date().toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 30, outcome: 'reached' };
    expect((await app.request({ method: 'POST', url: `/customers/${lead.json().customerId}/touches`, payload: call })).statusCode).toBe(201);
  });

  it('answers job endpoints with 503 and the reason', async () => {
    const response = await app.request({
      method: 'POST',
      url: '/campaigns',
      payload: { name: 'x', segmentId: '00000000-0000-4000-8000-000000000000', channel: 'email', subject: 's', body: 'b' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ statusCode: 503, message: `jobs unavailable: Redis unreachable at 127.0.0.1:${port}: connect ECONNREFUSED` });
  });
});
