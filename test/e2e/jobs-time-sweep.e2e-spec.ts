import { JobName } from '#crm/jobs';
import { lifecycleProjection } from '#crm/projections';
import { segmentsProjection } from '../../projections/segments/index.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';
import { TIME_SWEEP_SCHEDULER } from '../../apps/worker/src/sweeps/time-sweep.scheduler.js';

describe('time-based lifecycle job', () => {
  let app: JobsTestApp;

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_time_sweep', { projections: [lifecycleProjection, segmentsProjection] });
  });

  afterAll(() => app?.close());

  it('is scheduled once in Redis to run every minute', async () => {
    const scheduler = await app.queue.bullQueue().getJobScheduler(TIME_SWEEP_SCHEDULER);
    expect(scheduler).toMatchObject({ name: JobName.TimeSweep, every: 60_000 });
  });

  it('makes a lead lost when its lapse is due, with no new touch, and only once', async () => {
    const form = { name: 'Ada Lovelace', email: 'ada@example.com', form: 'contact-us', interest: null };
    const captured = await app.request({ method: 'POST', url: '/leads', payload: form, role: null });
    expect(captured.statusCode).toBe(201);
    const { customerId: id, position } = captured.json();
    await app.projected(position);
    const lead = (await app.request({ method: 'GET', url: `/customers/${id}/lifecycle` })).json();
    expect(lead).toMatchObject({ stage: 'lead', nextChangeAt: expect.any(String) });

    await app.queue.add(JobName.TimeSweep, { asOf: lead.nextChangeAt }, { jobId: 'sweep-at-lapse' });
    await expect(app.finished('sweep-at-lapse')).resolves.toEqual({ lifecycle: 1, segments: 0 });
    expect((await app.request({ method: 'GET', url: `/customers/${id}/lifecycle` })).json()).toMatchObject({ stage: 'lost', since: lead.nextChangeAt });

    await app.queue.add(JobName.TimeSweep, { asOf: lead.nextChangeAt }, { jobId: 'sweep-again' });
    await expect(app.finished('sweep-again')).resolves.toEqual({ lifecycle: 0, segments: 0 });
  });
});
