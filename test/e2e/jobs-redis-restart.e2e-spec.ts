import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { JobName } from '#crm/jobs';
import { campaignAudience, type Audience } from '#test/support/campaign-audience';
import { chunkJobId, expectEachSentOnce } from '#test/support/campaign-deliveries';
import { firstPromotion } from '#test/support/first-promotion';
import { TestRedisServer } from '#test/support/redis-server';
import { SmtpSink } from '#test/support/smtp-sink';
import { segmentsProjection } from '../../projections/segments/index.js';
import { CHUNK_SIZE } from '#crm/campaigns';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

// More chunks than a worker runs at once (8), so some chunk is still only a job in Redis when it dies:
// nine, the last a partial one, since each member costs two writes over HTTP and a message.
const CONSENTING = 390;
const REFUSING = 20;
const CHUNKS = Math.ceil((CONSENTING + REFUSING) / CHUNK_SIZE);

jest.setTimeout(120_000);

describe('Redis restarted empty in the middle of a campaign', () => {
  let redis: TestRedisServer | undefined;
  // Over SMTP, which takes a repeat as a second message: runs from before the restart are still
  // sending while their chunks are added again, and only the ledger's claim keeps them apart.
  let sink: SmtpSink | undefined;
  let app: JobsTestApp | undefined;
  let audience: Audience;

  beforeAll(async () => {
    [redis, sink] = await Promise.all([TestRedisServer.start(), SmtpSink.start()]);
    app = await startJobsTestApp('jobs_redis_restart', { projections: [segmentsProjection], env: { REDIS_URL: redis.url, SMTP_URL: sink.url } });
    audience = await campaignAudience(app, { consenting: CONSENTING, refusing: REFUSING });
  }, 480_000); // hundreds of customers over HTTP on a busy shared machine

  afterAll(async () => {
    try {
      await app?.close();
    } finally {
      await Promise.all([redis?.stop(), sink?.stop()]);
    }
  });

  it('loses no job and sends nothing twice: the campaign is resumed from the ledger', async () => {
    const crm = app!;
    const created = await crm.request({ method: 'POST', url: '/campaigns', payload: { name: 'Restart', segmentId: audience.segmentId, channel: 'email', subject: 'Offer', body: 'Once.' } });
    expect(created.statusCode).toBe(202);
    const campaignId: string = created.json().id;

    await firstPromotion(crm.database.url, campaignId);
    const started = (await crm.queue.bullQueue().getJobs(['active', 'completed'])).filter((job) => job.name === JobName.CampaignChunk);
    await redis!.restart();
    // Not vacuous: some chunk had not started, and only the Redis just emptied knew it was to run.
    expect(started.length).toBeLessThan(CHUNKS);

    await expect(crm.finished(`campaign-target.${campaignId}`)).resolves.toEqual({ targeted: CONSENTING + REFUSING, chunks: CHUNKS });
    await Promise.all(Array.from({ length: CHUNKS }, (_, chunk) => crm.finished(chunkJobId(campaignId, chunk))));
    await expectEachSentOnce(crm, campaignId, audience.members, sink!.messageKeys());
  });
});
