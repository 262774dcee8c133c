import { customerStreamName } from '@crm/domain';
import { formatPosition } from '@crm/event-store';
import { followUpsProjection } from '@crm/projections';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';
import { LeadFollowUpService } from '../../apps/worker/src/followups/lead-follow-up.service.js';

describe('lead follow-up jobs', () => {
  let app: JobsTestApp;
  let managerId: string;
  let first: string;
  let second: string;

  const post = (url: string, payload: object, role: 'admin' | 'operator' | null = 'operator') => app.request({ method: 'POST', url, payload, role });
  const streamOf = async (customerId: string) => {
    const events = [];
    for await (const event of app.databases.eventStore.readStream(customerStreamName(customerId))) events.push(event);
    return events;
  };
  const captureLead = async (email: string) => {
    const response = await post('/leads', { name: 'Lead Person', email, form: 'contact-us', interest: null }, null);
    expect(response.statusCode).toBe(201);
    return response.json() as { customerId: string; eventId: string; position: string };
  };

  beforeAll(async () => {
    // A deadline of 1.2 s: long enough to touch a lead first, short enough to wait for.
    app = await startJobsTestApp('jobs_followups', { projections: [followUpsProjection], env: { FOLLOWUP_DEADLINE_MINUTES: '0.02' } });
    managerId = (await post('/staff', { name: 'Mona Manager', email: 'mona@example.com' }, 'admin')).json().id;
    first = (await post('/staff', { name: 'Sam Sales', email: 'sam@example.com', managerId }, 'admin')).json().id;
    second = (await post('/staff', { name: 'Rita Sales', email: 'rita@example.com', managerId }, 'admin')).json().id;
  });

  afterAll(() => app?.close());

  it('assigns an untouched lead an owner, then records it overdue once and flags the manager', async () => {
    const lead = await captureLead('untouched@example.com');
    await expect(app.finished(`lead-follow-up.${lead.eventId}`)).resolves.toEqual({ dueAt: expect.any(String) });
    await expect(app.finished(`lead-follow-up-due.${lead.eventId}`)).resolves.toEqual({ overdue: true });

    const events = await streamOf(lead.customerId);
    expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'LeadCaptured', 'CustomerOwnerAssigned', 'FollowUpOverdue']);
    expect(events[2].data).toMatchObject({ ownerId: first });
    expect(events[3].data).toMatchObject({ ownerId: first, escalatedTo: managerId });

    const overdueAt = events[3].position;
    await app.projected(formatPosition(overdueAt));
    const listed = (await app.request({ method: 'GET', url: `/followups?ownerId=${first}`, role: 'analyst' })).json();
    expect(listed.owners).toEqual([
      { ownerId: first, open: [], overdue: [expect.objectContaining({ customerId: lead.customerId, status: 'overdue', escalatedTo: managerId })] },
    ]);

    // The job run again (a retry, a second worker) is recognised as a repeat: it gets the first
    // run's answer and appends nothing.
    const service = app.worker!.get(LeadFollowUpService, { strict: false });
    const payload = { customerId: lead.customerId, leadCapturedAt: String(events[1].data.occurredAt), dueAt: new Date(0).toISOString(), escalateTo: managerId };
    await expect(service.checkDue(payload)).resolves.toEqual({ overdue: true });
    expect(await streamOf(lead.customerId)).toHaveLength(4);
  });

  it('gives the next lead to the next active salesperson, and a touched lead is never overdue', async () => {
    const lead = await captureLead('touched@example.com');
    const call = { type: 'call', occurredAt: new Date().toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' };
    expect((await post(`/customers/${lead.customerId}/touches`, call)).statusCode).toBe(201);
    await expect(app.finished(`lead-follow-up-due.${lead.eventId}`)).resolves.toEqual({ overdue: false });

    const events = await streamOf(lead.customerId);
    expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'LeadCaptured', 'CallLogged', 'CustomerOwnerAssigned']);
    expect(events[3].data).toMatchObject({ ownerId: second });
    await app.projected(formatPosition(events[3].position));
    const listed = (await app.request({ method: 'GET', url: `/followups?ownerId=${second}` })).json();
    expect(listed.owners).toEqual([]);
  });

  it('refuses a malformed owner with 400 naming the field, and callers without a key', async () => {
    const response = await app.request({ method: 'GET', url: '/followups?ownerId=nope' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'ownerId', reason: 'must be a UUID' }]);
    expect((await app.request({ method: 'GET', url: '/followups', role: null })).statusCode).toBe(401);
  });
});
