import { sql } from 'kysely';
import { customerStreamName } from '#crm/domain';
import { JobName } from '#crm/jobs';
import { segmentsProjection } from '../../projections/segments/index.js';
import { promotionEventId } from '#crm/campaigns';
import { eventually } from '#test/support/eventually';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

describe('campaign jobs', () => {
  let app: JobsTestApp;
  let segmentId: string;
  const customers: { id: string; consents: boolean }[] = [];

  const post = (url: string, payload: object, role: 'analyst' | 'operator' = 'operator') => app.request({ method: 'POST', url, payload, role });
  const promotionsOf = async (customerId: string) => {
    const events = [];
    for await (const event of app.databases.eventStore.readStream(customerStreamName(customerId))) if (event.type === 'PromotionSent') events.push(event);
    return events;
  };
  const outbox = async () =>
    (await sql<{ key: string; recipient: string }>`select key, recipient from outbox_message order by recipient`.execute(app.databases.readDb)).rows;

  beforeAll(async () => {
    app = await startJobsTestApp('jobs_campaigns', { projections: [segmentsProjection] });
    const segment = await post('/segments', { name: 'British', rule: { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' } }, 'analyst');
    segmentId = segment.json().id;
    let lastPosition = '';
    for (const [index, consents] of [true, false, true].entries()) {
      const created = await post('/customers', { kind: 'person', name: `Member ${index}`, email: `member${index}@example.com`, attributes: { country: 'GB' } });
      const id = created.json().id;
      const consent = consents
        ? { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' }
        : { channel: 'email', status: 'withdrawn' };
      lastPosition = (await post(`/customers/${id}/consents`, consent)).json().events[0].position;
      customers.push({ id, consents });
    }
    await app.projected(lastPosition);
  });

  afterAll(() => app?.close());

  it('sends to consenting members only, records one PromotionSent each, and shows its progress', async () => {
    const created = await post('/campaigns', { name: 'Spring', segmentId, channel: 'email', subject: 'Spring offer', body: 'Ten percent off.' });
    expect(created.statusCode).toBe(202);
    const campaignId = created.json().id;
    await expect(app.finished(`campaign-target.${campaignId}`)).resolves.toEqual({ targeted: 3, chunks: 1 });
    await expect(app.finished(`campaign-chunk.${campaignId}.0`)).resolves.toEqual({ settled: 3 });

    const progress = (await app.request({ method: 'GET', url: `/campaigns/${campaignId}`, role: 'analyst' })).json();
    expect(progress).toMatchObject({ id: campaignId, segmentId, channel: 'email', targeted: 3, sent: 2, skipped: 1, failed: 0, pending: 0 });
    for (const { id, consents } of customers) {
      const promotions = await promotionsOf(id);
      expect(promotions.map((event) => event.id)).toEqual(consents ? [promotionEventId(campaignId, id)] : []);
    }
    expect(await outbox()).toEqual([
      { key: `campaign.${campaignId}.${customers[0].id}`, recipient: 'member0@example.com' },
      { key: `campaign.${campaignId}.${customers[2].id}`, recipient: 'member2@example.com' },
    ]);
  });

  it('never sends twice: a chunk run again, even after losing its ledger, records and sends nothing new', async () => {
    const campaignId = (await post('/campaigns', { name: 'Again', segmentId, channel: 'email', subject: 'Again', body: 'Once.' })).json().id;
    await app.finished(`campaign-chunk.${campaignId}.0`);
    const before = await outbox();

    await app.queue.add(JobName.CampaignChunk, { campaignId, chunk: 0 }, { jobId: `rerun.${campaignId}` });
    await expect(app.finished(`rerun.${campaignId}`)).resolves.toEqual({ settled: 0 });

    // As if a worker died after appending and sending but before the ledger said so.
    await sql`update campaign_delivery set status = 'pending' where campaign_id = ${campaignId}`.execute(app.databases.readDb);
    await app.queue.add(JobName.CampaignChunk, { campaignId, chunk: 0 }, { jobId: `resume.${campaignId}` });
    await expect(app.finished(`resume.${campaignId}`)).resolves.toEqual({ settled: 3 });
    expect(await outbox()).toEqual(before);
    for (const { id, consents } of customers) expect(await promotionsOf(id)).toHaveLength(consents ? 2 : 0); // one per campaign
    expect((await app.request({ method: 'GET', url: `/campaigns/${campaignId}` })).json()).toMatchObject({ targeted: 3, sent: 2, skipped: 1 });
  });

  it('refuses an unknown segment or channel with 400 naming the field, and an unknown campaign with 404', async () => {
    const unknown = await post('/campaigns', { name: 'x', segmentId: '00000000-0000-4000-8000-000000000000', channel: 'email', subject: 's', body: 'b' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'segmentId', reason: 'no such segment' }]);
    const channel = await post('/campaigns', { name: 'x', segmentId, channel: 'pigeon', subject: 's', body: 'b' });
    expect(channel.json().errors).toEqual([{ field: 'channel', reason: 'must be one of email, sms' }]);
    expect((await app.request({ method: 'GET', url: '/campaigns/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('targets a segment only once it has been evaluated over every known customer', async () => {
    const segments = sql.table('proj_segments.segment');
    // As a chunked evaluation in progress leaves it (projections/segments: nextStep).
    await sql`update ${segments} set evaluated_through = '' where segment_id = ${segmentId}`.execute(app.databases.readDb);
    const created = await post('/campaigns', { name: 'Waiting', segmentId, channel: 'email', subject: 'Offer', body: 'Once.' });
    expect(created.statusCode).toBe(202);
    const campaignId = created.json().id;
    const job = async () => app.queue.get(`campaign-target.${campaignId}`);
    await eventually(
      async () => ((await job())?.attemptsMade ?? 0) >= 1,
      30_000,
      async () => `the target job made no attempt: ${await (await job())?.getState()}`,
    );
    expect((await job())?.failedReason).toMatch(/still being evaluated/);
    expect((await app.request({ method: 'GET', url: `/campaigns/${campaignId}`, role: 'analyst' })).json()).toMatchObject({ targeted: null });

    await sql`update ${segments} set evaluated_through = null where segment_id = ${segmentId}`.execute(app.databases.readDb);
    await expect(app.finished(`campaign-target.${campaignId}`)).resolves.toEqual({ targeted: 3, chunks: 1 });
  });
});
