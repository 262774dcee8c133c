import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildWorker, startBuiltWorker } from '#test/support/built-worker';
import { campaignAudience, type Audience } from '#test/support/campaign-audience';
import { chunkJobId, expectEachSentOnce, outboxKeys } from '#test/support/campaign-deliveries';
import type { StartedProcess } from '#test/support/child-process';
import { firstPromotion } from '#test/support/first-promotion';
import { segmentsProjection } from '../../projections/segments/index.js';
import { CHUNK_SIZE } from '#crm/campaigns';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

// Short, so the killed worker's jobs are found stalled within seconds; long enough that a busy
// machine still renews the lock of a job that is alive.
const LOCK_SECONDS = '3';
const CONSENTING = 180;
const REFUSING = 20;

jest.setTimeout(120_000);

describe('a worker killed in the middle of a campaign chunk', () => {
  let app: JobsTestApp;
  let audience: Audience;
  let child: StartedProcess | undefined;
  const env = { JOBS_LOCK_SECONDS: LOCK_SECONDS, CRM_MASTER_KEY: randomBytes(32).toString('base64') };

  beforeAll(async () => {
    await buildWorker();
    app = await startJobsTestApp('jobs_worker_killed', { projections: [segmentsProjection], worker: false, env });
    audience = await campaignAudience(app, { consenting: CONSENTING, refusing: REFUSING });
  }, 480_000); // hundreds of customers over HTTP (and a build) on a busy shared machine

  afterAll(async () => {
    await child?.kill();
    await app?.close();
  });

  it('has its job run again by another worker, and every consenting member gets one promotion and one message', async () => {
    const { config, database } = app;
    child = await startBuiltWorker({ ...env, DATABASE_URL: database.url, REDIS_URL: config.redisUrl, JOBS_PREFIX: config.jobsPrefix, LOG_LEVEL: 'warn' });
    const created = await app.request({ method: 'POST', url: '/campaigns', payload: { name: 'Killed', segmentId: audience.segmentId, channel: 'email', subject: 'Offer', body: 'Once.' } });
    expect(created.statusCode).toBe(202);
    const campaignId: string = created.json().id;

    const { customerId } = await firstPromotion(database.url, campaignId);
    await child.kill('SIGKILL');

    // Provably mid-job: the chunk that recorded the first promotion has not completed, and messages are missing.
    const { rows } = await sql<{ chunk: number }>`select chunk from campaign_delivery where campaign_id = ${campaignId} and customer_id = ${customerId}`.execute(app.databases.readDb);
    const interrupted = await app.queue.get(chunkJobId(campaignId, rows[0].chunk));
    expect(await interrupted?.getState()).toBe('active');
    expect((await outboxKeys(app, campaignId)).length).toBeLessThan(CONSENTING);

    await app.startWorker();
    const chunks = Math.ceil((CONSENTING + REFUSING) / CHUNK_SIZE);
    await expect(app.finished(`campaign-target.${campaignId}`)).resolves.toEqual({ targeted: CONSENTING + REFUSING, chunks });
    await Promise.all(Array.from({ length: chunks }, (_, chunk) => app.finished(chunkJobId(campaignId, chunk))));
    await expectEachSentOnce(app, campaignId, audience.members);
  });
});
