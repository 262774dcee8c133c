import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { JobsRestoration } from '#crm/jobs';
import { followUpsProjection, webhooksProjection } from '#crm/projections';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';
import { capturedLead } from '#test/support/captured-lead';

/** A subscriber that answers 500 until `heal()`, and says when its first request came. */
async function flakySubscriber() {
  let healthy = false;
  let received = 0;
  let firstRequest!: () => void;
  const first = new Promise<void>((resolve) => (firstRequest = resolve));
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(healthy ? 200 : 500).end();
      firstRequest();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    first,
    heal: () => (healthy = true),
    received: () => received,
    server,
  };
}

/** What a Redis restarted without persistence looks like to this CRM: none of its keys. Only this test's prefix, never the others'. */
async function emptyRedisOf(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl);
  let removed = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) removed += await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return removed;
}

describe('jobs after Redis comes back empty', () => {
  let app: JobsTestApp;
  let hook: Awaited<ReturnType<typeof flakySubscriber>>;

  beforeAll(async () => {
    hook = await flakySubscriber();
    app = await startJobsTestApp('jobs_redis_emptied', {
      projections: [followUpsProjection, webhooksProjection],
      // A one-second look, so the test need not wait the default 15 s; the hour-long deadline keeps the follow-up pending.
      env: { CRM_WEBHOOKS_ALLOW_PRIVATE: 'true', JOBS_RESTORE_CHECK_SECONDS: '1', FOLLOWUP_DEADLINE_MINUTES: '60' },
    });
  });

  afterAll(async () => {
    await app?.close();
    hook?.server.close();
  });

  it('adds the pending follow-up deadline and webhook delivery again from PostgreSQL, and runs what is due', async () => {
    const subscription = (
      await app.request({ method: 'POST', url: '/webhooks', payload: { url: hook.url, eventTypes: ['LeadCaptured'] }, role: 'admin' })
    ).json();
    const answer = await app.request({
      method: 'POST',
      url: '/leads',
      payload: { name: 'Lost In Redis', email: 'lost@example.com', form: 'contact-us' },
      role: null,
    });
    const { eventId } = await capturedLead(app.databases.eventStore, answer.json().customerId);
    const [startId, dueId, deliveryId] = [`lead-follow-up.${eventId}`, `lead-follow-up-due.${eventId}`, `webhook.${subscription.id}.${eventId}`];

    const { dueAt } = (await app.finished(startId)) as { dueAt: string };
    expect(await (await app.queue.get(dueId))!.isDelayed()).toBe(true);
    await hook.first; // the delivery failed once and waits in Redis for its retry

    expect(await emptyRedisOf(app.config.redisUrl, app.queue.prefix)).toBeGreaterThan(0);
    hook.heal();

    // The start ran again (its job, like every restored one, under its outbox key), and with it the deadline is back.
    await expect(app.finished(startId)).resolves.toEqual({ dueAt });
    const due = (await app.queue.get(dueId))!;
    expect(due.data).toMatchObject({ dueAt });
    // Waiting for its hour again: run now, the decider would refuse it as not yet due.
    expect(await due.isDelayed()).toBe(true);

    await expect(app.finished(deliveryId)).resolves.toEqual({ status: 'delivered' });
    const { deliveries } = (await app.request({ method: 'GET', url: `/webhooks/${subscription.id}/deliveries`, role: 'admin' })).json();
    expect(deliveries).toEqual([expect.objectContaining({ eventId, status: 'delivered' })]);
    expect(hook.received()).toBeGreaterThanOrEqual(2);
  });

  it('adds nothing twice while Redis still holds the jobs', async () => {
    const counts = await app.queue.bullQueue().getJobCounts();
    const restoration = app.worker!.get(JobsRestoration);
    const redis = new Redis(app.config.redisUrl);
    await redis.del(restoration.markerKey).finally(() => redis.disconnect());
    await restoration.checkNow();
    expect(await app.queue.bullQueue().getJobCounts()).toEqual(counts);
    // What it added again was already there: since the emptying, the start and the delivery ran once each.
    expect(await app.queue.bullQueue().getCompletedCount()).toBe(2);
  });
});
