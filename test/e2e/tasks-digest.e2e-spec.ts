import { ApiKeyService } from '#crm/auth';
import { customerStreamName } from '#crm/domain';
import { formatPosition } from '#crm/event-store';
import { toInstantIn } from '#crm/import';
import { JobName } from '#crm/jobs';
import { followUpsProjection, pipelineProjection, staffProjection, tasksProjection } from '#crm/projections';
import { capturedLead } from '#test/support/captured-lead';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { localDay } from '../../apps/worker/src/digest/local-day.js';
import { MORNING_DIGEST_SCHEDULER } from '../../apps/worker/src/digest/morning-digest.scheduler.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

describe('time zones and the morning digest', () => {
  let app: JobsTestApp;
  let samId: string;

  const post = (url: string, payload: object, role: 'admin' | 'operator' | null = 'operator') => app.request({ method: 'POST', url, payload, role });
  const setZone = (staffId: string, timeZone: string, role: 'admin' | 'operator' = 'admin') =>
    app.request({ method: 'PUT', url: `/staff/${staffId}/time-zone`, payload: { timeZone }, role });
  // The digest's clock: half past eight on today's date in Tokyo, whatever the time here.
  const tokyoDate = localDay(new Date(), 'Asia/Tokyo').date;
  const atTokyo = (time: string) => new Date(toInstantIn(`${tokyoDate} ${time}`, 'Asia/Tokyo'));
  const digestAt = async (asOf: Date, jobId: string) => {
    await app.queue.add(JobName.MorningDigest, { asOf: asOf.toISOString() }, { jobId });
    return app.finished(jobId);
  };

  beforeAll(async () => {
    // A follow-up deadline of 0.6 s, so the digest has an overdue follow-up to tell.
    app = await startJobsTestApp('tasks_digest', {
      projections: [tasksProjection, staffProjection, followUpsProjection, pipelineProjection],
      env: { FOLLOWUP_DEADLINE_MINUTES: '0.01' },
    });
    // A salesperson reports to a manager: only then are they given leads. The manager, with nothing to do, gets no digest.
    const managerId = (await post('/staff', { name: 'Mona Manager', email: 'mona@example.com' }, 'admin')).json().id;
    samId = (await post('/staff', { name: 'Sam Sales', email: 'sam@example.com', managerId }, 'admin')).json().id;
  });

  afterAll(() => app?.close());

  it('sets a staff member’s time zone by its canonical name, and lists it', async () => {
    const set = await setZone(samId, 'asia/tokyo');
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ id: samId, events: [expect.objectContaining({ type: 'StaffTimeZoneSet' })] });
    expect((await setZone(samId, 'Asia/Tokyo')).json().events).toEqual([]);
    await app.projected(set.json().events[0].position);
    expect((await app.request({ method: 'GET', url: '/staff' })).json()).toContainEqual(expect.objectContaining({ staffId: samId, timeZone: 'Asia/Tokyo' }));
  });

  it('refuses an unknown zone with 400 naming the field, an unknown member with 404, and non-admins with 403', async () => {
    const bad = await setZone(samId, 'Mars/Olympus');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'timeZone', reason: 'must be an IANA time zone, such as Europe/Madrid' }]);
    expect((await setZone('7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11', 'Europe/Madrid')).statusCode).toBe(404);
    expect((await setZone(samId, 'Europe/Madrid', 'operator')).statusCode).toBe(403);
  });

  it('mails each member their overdue follow-ups, tasks due today and deals closing this week, once a day from 08:00 their time', async () => {
    const lead = await post('/leads', { name: 'Lead Person', email: 'lead@example.com', form: 'contact-us' }, null);
    const { eventId } = await capturedLead(app.databases.eventStore, lead.json().customerId);
    await expect(app.finished(`lead-follow-up-due.${eventId}`)).resolves.toEqual({ overdue: true });
    let overdueAt = '';
    for await (const event of app.databases.eventStore.readStream(customerStreamName(lead.json().customerId))) overdueAt = formatPosition(event.position);

    const customerId = (await post('/customers', { kind: 'person', name: 'Ada Customer' })).json().id;
    const task = { type: 'task-scheduled', taskId: 'T-demo', title: 'Show the demo', dueAt: atTokyo('10:30').toISOString(), assigneeId: samId };
    expect((await post(`/customers/${customerId}/touches`, task)).statusCode).toBe(201);
    const deal = { customerId, interest: 'Fleet renewal', expectedAmount: { amount: 500000, currency: 'EUR' }, ownerId: samId, expectedCloseDate: tokyoDate };
    expect((await post('/opportunities', deal)).statusCode).toBe(201);
    // Every projection has seen all of it once it has seen a later event.
    const position = (await post(`/customers/${customerId}/touches`, { type: 'note', text: 'Waiting for the digest' })).json().position;
    await app.projected(position);
    await app.projected(overdueAt);

    await expect(digestAt(atTokyo('07:30'), 'digest-too-early')).resolves.toEqual({ sent: 0 });
    await expect(digestAt(atTokyo('08:30'), 'digest-morning')).resolves.toEqual({ sent: 1 });
    const mail = await app.databases.readDb
      .selectFrom('outbox_message')
      .selectAll()
      .where('key', '=', `morning-digest.${samId}.${tokyoDate}`)
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ recipient: 'sam@example.com', subject: `Your day, ${tokyoDate}` });
    expect(mail.body).toContain(`Your day, ${tokyoDate} (Asia/Tokyo)`);
    expect(mail.body).toContain('Overdue follow-ups: 1');
    expect(mail.body).toContain('Tasks due today: 1\n  - 10:30 Show the demo');
    expect(mail.body).toContain('Deals expected to close this week: 1\n  - Fleet renewal, ');

    // Later the same day, or a second worker's run: nothing more.
    await expect(digestAt(atTokyo('11:00'), 'digest-again')).resolves.toEqual({ sent: 0 });
    const samKey = (await app.api.get(ApiKeyService).create({ role: 'operator', name: 'sam', staffId: samId })).key;
    const listed = (await app.request({ method: 'GET', url: '/notifications', headers: { 'x-api-key': samKey }, role: null })).json();
    expect(listed.items.filter((item: { kind: string }) => item.kind === 'digest')).toEqual([
      expect.objectContaining({ customerId: null, taskId: null, readAt: null }),
    ]);
  });

  it('is scheduled once in Redis, on the hour', async () => {
    expect(await app.queue.bullQueue().getJobScheduler(MORNING_DIGEST_SCHEDULER)).toMatchObject({ name: JobName.MorningDigest, pattern: '0 * * * *' });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(app)).toEqual([]);
  });
});
