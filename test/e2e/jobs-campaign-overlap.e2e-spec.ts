import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { JobName } from '#crm/jobs';
import { campaignAudience, type Audience } from '#test/support/campaign-audience';
import { chunkJobId, expectEachSentOnce } from '#test/support/campaign-deliveries';
import { SmtpSink } from '#test/support/smtp-sink';
import { segmentsProjection } from '../../projections/segments/index.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

const RUNS_AT_ONCE = 4;

/**
 * Two runs of one chunk at once happen: a lock that lapsed on a busy worker, a Redis that forgot a
 * job still running and had it added again. Over SMTP, which takes a repeat as a second message.
 */
describe('campaign chunks run more than once at the same time, over SMTP', () => {
  let sink: SmtpSink | undefined;
  let app: JobsTestApp | undefined;
  let audience: Audience;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await startJobsTestApp('jobs_campaign_overlap', { projections: [segmentsProjection], env: { SMTP_URL: sink.url } });
    audience = await campaignAudience(app, { consenting: 45, refusing: 5 });
  }, 120_000);

  afterAll(async () => {
    try {
      await app?.close();
    } finally {
      await sink?.stop();
    }
  });

  it('hands each message to the mail server once', async () => {
    const crm = app!;
    const campaignId: string = (await crm.request({ method: 'POST', url: '/campaigns', payload: { name: 'Overlap', segmentId: audience.segmentId, channel: 'email', subject: 'Offer', body: 'Once.' } })).json().id;
    // After the audience is frozen, while the chunk's own run is at it (fifty sends take a while).
    await crm.finished(`campaign-target.${campaignId}`);
    const extra = Array.from({ length: RUNS_AT_ONCE - 1 }, (_, run) => `overlap.${campaignId}.${run}`);
    await Promise.all(extra.map((jobId) => crm.queue.add(JobName.CampaignChunk, { campaignId, chunk: 0 }, { jobId })));
    await Promise.all([chunkJobId(campaignId, 0), ...extra].map((jobId) => crm.finished(jobId)));

    await expectEachSentOnce(crm, campaignId, audience.members, sink!.messageKeys());
  });
});
