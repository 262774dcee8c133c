import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { customerStreamName } from '#crm/domain';
import { formatPosition } from '#crm/event-store';
import { JobsRestoration } from '#crm/jobs';
import { followUpsProjection } from '#crm/projections';
import { capturedLead } from '#test/support/captured-lead';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

describe('lead routing', () => {
  let app: JobsTestApp;
  const staff: Record<'mona' | 'nils' | 'ana' | 'abel' | 'bea', string> = { mona: '', nils: '', ana: '', abel: '', bea: '' };
  const partners = randomUUID();
  const iberia = randomUUID();
  const departed = randomUUID();
  const nobody = randomUUID();

  const post = (url: string, payload: object, role: 'admin' | 'operator' | null = 'operator') => app.request({ method: 'POST', url, payload, role });
  const streamOf = async (customerId: string) => {
    const events = [];
    for await (const event of app.databases.eventStore.readStream(customerStreamName(customerId))) events.push(event);
    return events;
  };
  const firstOwner = async (customerId: string) => {
    const lead = await capturedLead(app.databases.eventStore, customerId);
    await app.finished(`lead-follow-up.${lead.eventId}`);
    return { lead, assigned: (await streamOf(customerId)).find((event) => event.type === 'CustomerOwnerAssigned')?.data };
  };
  const webLead = async (email: string, fields: object = {}) => {
    const response = await post('/leads', { name: 'Lead Person', email, form: 'contact-us', ...fields }, null);
    expect(response.statusCode).toBe(202);
    return response.json().customerId as string;
  };
  /** A customer registered with attributes, then a lead on them: what a fair's list or an import gives. */
  const leadWithAttributes = async (attributes: object, lead: object = {}) => {
    const customerId = (await post('/customers', { kind: 'person', name: 'Known Person', source: 'fair', attributes })).json().id as string;
    const touch = { type: 'lead', occurredAt: new Date().toISOString(), form: 'fair-2026', source: 'fair', ...lead };
    expect((await post(`/customers/${customerId}/touches`, touch)).statusCode).toBe(201);
    return customerId;
  };

  const rules = () => [
    { ruleId: partners, name: 'Partners', conditions: [{ field: 'source', values: ['partner'] }], assignTo: { kind: 'staff', staffId: staff.bea } },
    { ruleId: departed, name: 'Fleet', conditions: [{ field: 'interest', values: ['fleet'] }], assignTo: { kind: 'staff', staffId: nobody } },
    { ruleId: iberia, name: 'Iberia', conditions: [{ field: 'country', values: ['ES', 'PT'] }], assignTo: { kind: 'team', staffId: staff.mona } },
  ];

  beforeAll(async () => {
    // Deadlines of 3 s and 6 s: a lead nobody touches goes overdue, then to someone else, while the test waits.
    app = await startJobsTestApp('lead_routing', {
      projections: [followUpsProjection],
      env: { FOLLOWUP_DEADLINE_MINUTES: '0.05', FOLLOWUP_REASSIGN_MINUTES: '0.1' },
    });
    const register = async (name: keyof typeof staff, managerId?: string) => {
      staff[name] = (await post('/staff', { name, email: `${name}@example.com`, managerId }, 'admin')).json().id;
    };
    await register('mona');
    await register('nils');
    await register('ana', staff.mona);
    await register('abel', staff.mona);
    await register('bea', staff.nils);
  });

  afterAll(() => app?.close());

  it('refuses rules a non-admin defines, and bad rules with 400 naming the field', async () => {
    expect((await app.request({ method: 'PUT', url: '/assignment-rules', payload: { rules: [] }, role: 'operator' })).statusCode).toBe(403);
    const bad = { rules: [{ ruleId: partners, name: 'Partners', conditions: [{ field: 'colour', values: [] }], assignTo: { kind: 'staff', staffId: 'bea' } }] };
    const response = await app.request({ method: 'PUT', url: '/assignment-rules', payload: bad, role: 'admin' });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['rules[0].assignTo.staffId', 'rules[0].conditions[0].field', 'rules[0].conditions[0].values']);
    const attributeKey = {
      rules: [{ ...bad.rules[0], conditions: [{ field: 'form', key: 'x', values: ['a'] }], assignTo: { kind: 'staff', staffId: randomUUID() } }],
    };
    const keyed = await app.request({ method: 'PUT', url: '/assignment-rules', payload: attributeKey, role: 'admin' });
    expect(keyed.statusCode).toBe(400);
    expect(keyed.json().errors).toEqual([{ field: 'rules[0].conditions[0].key', reason: 'is only for the attribute field' }]);
    expect((await app.request({ method: 'GET', url: '/assignment-rules', role: 'analyst' })).json()).toEqual({ rules: [], definedAt: null });
  });

  it('defines the rules in order, and reads them back', async () => {
    const response = await app.request({ method: 'PUT', url: '/assignment-rules', payload: { rules: rules() }, role: 'admin' });
    expect(response.statusCode).toBe(200);
    await app.projected(response.json().events.at(-1).position);
    const listed = (await app.request({ method: 'GET', url: '/assignment-rules', role: 'operator' })).json();
    expect(listed.rules.map((rule: { name: string }) => rule.name)).toEqual(['Partners', 'Fleet', 'Iberia']);
    expect(listed.rules[2]).toEqual({
      ruleId: iberia,
      name: 'Iberia',
      conditions: [{ field: 'country', key: null, values: ['ES', 'PT'] }],
      assignTo: { kind: 'team', staffId: staff.mona },
    });
    expect(listed.definedAt).toEqual(expect.any(String));
    const again = await app.request({ method: 'PUT', url: '/assignment-rules', payload: { rules: rules() }, role: 'admin' });
    expect(again.json().events).toEqual([]);
  });

  it('gives a lead to the staff member of the first rule that takes it, naming the rule as the cause', async () => {
    const { lead, assigned } = await firstOwner(await webLead('partner@example.com', { source: 'partner', interest: 'fleet' }));
    expect(assigned).toEqual({
      customerId: lead.customerId,
      ownerId: staff.bea,
      previousOwnerId: null,
      cause: { kind: 'assignment-rule', leadEventId: lead.eventId, ruleId: partners, ruleName: 'Partners' },
    });
  });

  it('shares a team rule’s leads among the team in turn, by the country the form or the record gives', async () => {
    const first = await firstOwner(await webLead('iberia@example.com', { country: 'es' }));
    const second = await firstOwner(await leadWithAttributes({ country: 'PT', tier: 'gold' }));
    expect([first.assigned?.ownerId, second.assigned?.ownerId]).toEqual([staff.ana, staff.abel]);
    expect(second.assigned?.cause).toEqual({ kind: 'assignment-rule', leadEventId: second.lead.eventId, ruleId: iberia, ruleName: 'Iberia' });
  });

  it('skips a rule with nobody active to take the lead, and falls back to the round-robin', async () => {
    const { lead, assigned } = await firstOwner(await webLead('fleet@example.com', { interest: 'Fleet' }));
    expect(assigned?.cause).toEqual({ kind: 'round-robin', leadEventId: lead.eventId });
    expect([staff.ana, staff.abel, staff.bea]).toContain(assigned?.ownerId);
  });

  it('routes by the attributes as they are when the lead comes, after changes', async () => {
    const customerId = (await post('/customers', { kind: 'person', name: 'Moved Person', source: 'fair', attributes: { country: 'FR', tier: 'gold' } })).json()
      .id as string;
    expect(
      (await app.request({ method: 'PATCH', url: `/customers/${customerId}`, payload: { attributes: { country: 'pt', tier: null } }, role: 'operator' }))
        .statusCode,
    ).toBe(200);
    const touch = { type: 'lead', occurredAt: new Date().toISOString(), form: 'fair-2026', source: 'fair' };
    expect((await post(`/customers/${customerId}/touches`, touch)).statusCode).toBe(201);
    const { lead, assigned } = await firstOwner(customerId);
    expect(assigned?.cause).toEqual({ kind: 'assignment-rule', leadEventId: lead.eventId, ruleId: iberia, ruleName: 'Iberia' });
    expect([staff.ana, staff.abel]).toContain(assigned?.ownerId);
  });

  it('tells the owner and manager of an overdue lead by mail and in the app, then reassigns it to the next in the team with its cause, telling them', async () => {
    const { lead } = await firstOwner(await leadWithAttributes({ country: 'ES' }));
    const owner = (await streamOf(lead.customerId)).find((event) => event.type === 'CustomerOwnerAssigned')!.data.ownerId as string;
    const next = owner === staff.ana ? staff.abel : staff.ana;
    await expect(app.finished(`lead-follow-up-due.${lead.eventId}`)).resolves.toEqual({ overdue: true });
    const events = await streamOf(lead.customerId);
    const overdue = events.find((event) => event.type === 'FollowUpOverdue')!;
    const capturedAt = String(overdue.data.leadCapturedAt);
    await expect(app.finished(`lead-follow-up-reassign.${lead.customerId}.${capturedAt}`)).resolves.toEqual({ reassignedTo: next });

    const { rows: mails } = await sql<{ recipient: string; subject: string }>`
      select recipient, subject from outbox_message where key like ${`follow-up-overdue.${lead.customerId}.%`} order by recipient`.execute(
      app.databases.readDb,
    );
    const ownerName = owner === staff.ana ? 'ana' : 'abel';
    expect(mails).toEqual([
      { recipient: `${ownerName}@example.com`, subject: 'A lead is waiting for its follow-up' },
      { recipient: 'mona@example.com', subject: 'A lead is waiting for its follow-up' },
    ]);

    const nextName = next === staff.ana ? 'ana' : 'abel';
    const { rows: toNewOwner } = await sql<{ recipient: string; subject: string }>`
      select recipient, subject from outbox_message where key like ${`follow-up-reassigned.${lead.customerId}.%`}`.execute(app.databases.readDb);
    expect(toNewOwner).toEqual([{ recipient: `${nextName}@example.com`, subject: 'A lead was given to you' }]);
    // The same in the app: the bell of each of them (GET /notifications reads these rows).
    const { rows: notified } = await sql<{ staff_id: string; kind: string }>`
      select staff_id, kind from notification where customer_id = ${lead.customerId}`.execute(app.databases.readDb);
    expect(notified).toHaveLength(3);
    expect(notified).toEqual(
      expect.arrayContaining([
        { staff_id: owner, kind: 'follow-up-overdue' },
        { staff_id: staff.mona, kind: 'follow-up-overdue' },
        { staff_id: next, kind: 'lead-reassigned' },
      ]),
    );

    const reassigned = (await streamOf(lead.customerId)).filter((event) => event.type === 'CustomerOwnerAssigned').at(-1)!;
    expect(reassigned.data).toEqual({
      customerId: lead.customerId,
      ownerId: next,
      previousOwnerId: owner,
      cause: { kind: 'follow-up-overdue', leadCapturedAt: capturedAt, reassignAt: expect.any(String) },
    });
    await app.projected(formatPosition(reassigned.position));
    const listed = (await app.request({ method: 'GET', url: `/followups?ownerId=${next}` })).json();
    expect(listed.owners[0].overdue.map((item: { customerId: string }) => item.customerId)).toContain(lead.customerId);
  });

  it('gets an overdue lead’s reassignment back from PostgreSQL after Redis lost its jobs, and reassigns no more than once', async () => {
    const { lead } = await firstOwner(await leadWithAttributes({ country: 'PT' }));
    await expect(app.finished(`lead-follow-up-due.${lead.eventId}`)).resolves.toEqual({ overdue: true });
    const capturedAt = String((await streamOf(lead.customerId)).find((event) => event.type === 'FollowUpOverdue')!.data.leadCapturedAt);
    const reassignKey = `lead-follow-up-reassign.${lead.customerId}.${capturedAt}`;
    const next = (await app.finished(reassignKey)) as { reassignedTo: string };
    const reassignments = async () =>
      (await streamOf(lead.customerId)).filter(
        (event) => event.type === 'CustomerOwnerAssigned' && (event.data.cause as { kind?: string } | undefined)?.kind === 'follow-up-overdue',
      );
    await app.projected(formatPosition((await reassignments())[0]!.position));

    // Redis comes back empty: the overdue follow-up is started again from PostgreSQL, down to its reassignment.
    const restoration = app.worker!.get(JobsRestoration);
    await app.queue.bullQueue().obliterate({ force: true });
    const redis = new Redis(app.config.redisUrl);
    await redis.del(restoration.markerKey).finally(() => redis.disconnect());
    await restoration.checkNow();
    await expect(app.finished(reassignKey)).resolves.toEqual(next);
    expect(await reassignments()).toHaveLength(1);
    expect((await streamOf(lead.customerId)).filter((event) => event.type === 'FollowUpOverdue')).toHaveLength(1);
    // The new owner is told once, in the app and by mail.
    const { rows: told } = await sql<{ notified: number; mailed: number }>`
      select (select count(*)::int from notification where customer_id = ${lead.customerId} and kind = 'lead-reassigned') as notified,
             (select count(*)::int from outbox_message where key like ${`follow-up-reassigned.${lead.customerId}.%`}) as mailed`.execute(app.databases.readDb);
    expect(told).toEqual([{ notified: 1, mailed: 1 }]);
  });

  it('keeps the owner a customer was registered with for its first lead: no rule or round-robin takes it', async () => {
    const customerId = (
      await post('/customers', { kind: 'person', name: 'Owned Person', source: 'fair', ownerId: staff.nils, attributes: { country: 'ES' } })
    ).json().id as string;
    const touch = { type: 'lead', occurredAt: new Date().toISOString(), form: 'fair-2026', source: 'partner' };
    expect((await post(`/customers/${customerId}/touches`, touch)).statusCode).toBe(201);
    const { lead, assigned } = await firstOwner(customerId);
    expect(assigned).toBeUndefined();
    await app.projected(lead.position);
    const listed = (await app.request({ method: 'GET', url: `/followups?ownerId=${staff.nils}` })).json();
    expect(listed.owners.flatMap((owner: { open: { customerId: string }[] }) => owner.open.map((item) => item.customerId))).toContain(customerId);
  });

  it('leaves a lead touched in time with its owner', async () => {
    const customerId = await leadWithAttributes({ country: 'ES' });
    const call = { type: 'call', occurredAt: new Date().toISOString(), channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' };
    expect((await post(`/customers/${customerId}/touches`, call)).statusCode).toBe(201);
    const lead = await capturedLead(app.databases.eventStore, customerId);
    await expect(app.finished(`lead-follow-up-due.${lead.eventId}`)).resolves.toEqual({ overdue: false });
    expect((await streamOf(customerId)).filter((event) => event.type === 'CustomerOwnerAssigned')).toHaveLength(1);
  });
});
