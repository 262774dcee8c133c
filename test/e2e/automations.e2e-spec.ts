import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { ApiKeyService } from '#crm/auth';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { automationStreamName, customerStreamName, inControlGroup } from '#crm/domain';
import { JobsRestoration } from '#crm/jobs';
import { ProjectionRebuilder } from '#crm/projection-runner';
import { analyticsProjection, automationFiringKey, automationsProjection, lifecycleProjection, segmentsProjection } from '#crm/projections';
import { eventually } from '#test/support/eventually';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { AutomationFiringService } from '../../apps/worker/src/automations/automation-firing.service.js';
import { AutomationSweepService } from '../../apps/worker/src/automations/automation-sweep.service.js';
import { startJobsTestApp, type JobsTestApp } from '../../apps/worker/src/testing/jobs-test-app.js';

const DAY = 86_400_000;

describe('automations', () => {
  let app: JobsTestApp;
  let ownerId: string;
  let hook: { url: string; received: { headers: IncomingHttpHeaders; body: string }[]; server: Server };

  const post = (url: string, payload: object = {}, role: 'operator' | 'analyst' | 'admin' = 'operator') => app.request({ method: 'POST', url, payload, role });
  const get = (url: string) => app.request({ method: 'GET', url, role: 'analyst' });
  const customer = async (name: string, { consent = false } = {}) => {
    const id = (await post('/customers', { kind: 'person', name, email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`, ownerId })).json().id as string;
    if (consent) await post(`/customers/${id}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' });
    return id;
  };
  const touch = async (customerId: string, payload: object) => {
    const answer = await post(`/customers/${customerId}/touches`, payload);
    expect(answer.statusCode).toBe(201);
    return answer.json() as { eventId: string; position: string };
  };
  const automation = async (definition: object) => {
    const answer = await post('/automations', definition);
    expect(answer.statusCode).toBe(201);
    return answer.json().id as string;
  };
  const stream = async (name: string) => {
    const events: { id: string; type: string; data: Record<string, unknown> }[] = [];
    for await (const event of app.databases.eventStore.readStream(name)) events.push(event as never);
    return events;
  };
  const ledger = async (key: string) =>
    (await sql<{ status: string; reason: string | null }>`select status, reason from automation_action where key = ${key}`.execute(app.databases.readDb))
      .rows[0];
  const firing = () => app.worker!.get(AutomationFiringService);

  beforeAll(async () => {
    app = await startJobsTestApp('automations', {
      projections: [automationsProjection, analyticsProjection, segmentsProjection, lifecycleProjection],
      env: { MARKETING_PRESSURE_HOURS: '24', CRM_WEBHOOKS_ALLOW_PRIVATE: 'true' },
    });
    ownerId = (await post('/staff', { name: 'Olga Owner', email: 'olga@example.com' }, 'admin')).json().id;
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hook = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
  });

  afterAll(async () => {
    await app?.close();
    hook?.server.close();
  });

  describe('a task for the owner when a big purchase is recorded', () => {
    let automationId: string;
    let buyer: string;
    let big: { eventId: string; position: string };

    beforeAll(async () => {
      automationId = await automation({
        name: 'Thank big buyers',
        trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [{ field: 'amount', op: 'gte', value: 10_000 }] },
        action: { kind: 'task', title: 'Call to thank for the order', dueInMinutes: 60 },
      });
      buyer = await customer('Bea Buyer');
      await touch(buyer, { type: 'purchase', orderId: 'O-small', currency: 'EUR', amount: 500 });
      big = await touch(buyer, { type: 'purchase', orderId: 'O-big', currency: 'EUR', amount: 25_000 });
      await app.projected(big.position);
    });

    it('fires once for the trigger that meets the conditions: one AutomationFired carrying its id, one task for the owner', async () => {
      const key = automationFiringKey({ automationId, triggerEventId: big.eventId });
      await expect(app.finished(key)).resolves.toEqual({ status: 'done', reason: null });
      const fired = (await stream(automationStreamName(automationId))).filter((event) => event.type === 'AutomationFired');
      expect(fired.map((event) => event.data)).toEqual([
        expect.objectContaining({ triggerEventId: big.eventId, customerId: buyer, group: 'treated', version: 1 }),
      ]);
      const tasks = (await stream(customerStreamName(buyer))).filter((event) => event.type === 'TaskScheduled');
      expect(tasks.map((event) => event.data)).toEqual([expect.objectContaining({ assigneeId: ownerId, taskId: `automation.${fired[0].id}` })]);
      const outbox = await automationsProjection.read(app.databases.readDb).selectFrom('job_outbox').select('key').execute();
      expect(outbox.map((row) => row.key)).toEqual([key]);
    });

    it('never fires again: not for the job run again, nor after the reactor is rebuilt and dispatches its outbox anew', async () => {
      const key = automationFiringKey({ automationId, triggerEventId: big.eventId });
      const payload = { automationId, triggerEventId: big.eventId, customerId: buyer };
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 4 }), async (runs) => {
          const outcomes = await Promise.all(Array.from({ length: runs }, () => firing().fire(payload)));
          expect(outcomes).toEqual(Array.from({ length: runs }, () => ({ status: 'done', reason: null })));
        }),
        { numRuns: 5 },
      );
      // The completed job forgotten (as a Redis that lost it would), then the reactor rebuilt from the start of the log.
      await app.queue.bullQueue().remove(key);
      const decode = currentEventDecoder(app.api.get(EVENT_CODEC));
      await new ProjectionRebuilder({ store: app.databases.eventStore, db: app.databases.readDb, projections: [automationsProjection], decode }).rebuild(
        'automations',
      );
      await expect(app.finished(key)).resolves.toEqual({ status: 'done', reason: null });
      expect((await stream(automationStreamName(automationId))).filter((event) => event.type === 'AutomationFired')).toHaveLength(1);
      expect((await stream(customerStreamName(buyer))).filter((event) => event.type === 'TaskScheduled')).toHaveLength(1);
    });

    it('a worker that died after acting but before settling acts no more when the job runs again', async () => {
      const key = automationFiringKey({ automationId, triggerEventId: big.eventId });
      // As the crash leaves it: the task appended, the ledger still pending.
      await sql`update automation_action set status = 'pending' where key = ${key}`.execute(app.databases.readDb);
      await expect(firing().fire({ automationId, triggerEventId: big.eventId, customerId: buyer })).resolves.toEqual({ status: 'done', reason: null });
      expect((await stream(customerStreamName(buyer))).filter((event) => event.type === 'TaskScheduled')).toHaveLength(1);
      expect((await stream(automationStreamName(automationId))).filter((event) => event.type === 'AutomationFired')).toHaveLength(1);
    });

    it('lets triggers pass while paused, lists the automation with its firings, and previews the last 90 days from the log', async () => {
      expect((await post(`/automations/${automationId}/pause`)).json().events).toHaveLength(1);
      const whilePaused = await touch(buyer, { type: 'purchase', orderId: 'O-paused', currency: 'EUR', amount: 30_000 });
      await app.projected(whilePaused.position);
      const outbox = await automationsProjection.read(app.databases.readDb).selectFrom('job_outbox').select('key').execute();
      expect(outbox.map((row) => row.key)).not.toContain(automationFiringKey({ automationId, triggerEventId: whilePaused.eventId }));
      const resumed = await post(`/automations/${automationId}/resume`);
      expect(resumed.statusCode).toBe(200);
      await app.projected(resumed.json().events[0].position);

      const list = (await get('/automations')).json();
      expect(list.items).toContainEqual(expect.objectContaining({ id: automationId, version: 1, status: 'active', firings: { treated: 1, control: 0 } }));
      const preview = (await get(`/automations/${automationId}/preview`)).json();
      // Two purchases of 10,000 or more in the window (one while paused), one customer.
      expect(preview).toMatchObject({ firings: 2, customers: 1, control: 0 });
      const unsaved = await post('/automations/preview', {
        name: 'Any purchase',
        trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [] },
        action: { kind: 'notify', message: 'bought' },
      });
      expect(unsaved.statusCode).toBe(200);
      expect(unsaved.json()).toMatchObject({ firings: 3, customers: 1 });
    });

    it('a new version replaces the definition; the same one records nothing', async () => {
      const definition = {
        name: 'Thank big buyers',
        trigger: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [{ field: 'amount', op: 'gte', value: 50_000 }] },
        action: { kind: 'task', title: 'Call to thank for the order', dueInMinutes: 60 },
      };
      const changed = await app.request({ method: 'PUT', url: `/automations/${automationId}`, payload: definition, role: 'operator' });
      expect(changed.json().events).toEqual([expect.objectContaining({ type: 'AutomationDefined' })]);
      const again = await app.request({ method: 'PUT', url: `/automations/${automationId}`, payload: definition, role: 'operator' });
      expect(again.json().events).toEqual([]);
      await eventually(
        async () => (await get('/automations')).json().items.some((item: { version: number }) => item.version === 2),
        10_000,
        () => 'version 2 never listed',
      );
    });
  });

  it('refuses bad definitions naming the field, and unknown automations with 404', async () => {
    const bad = await post('/automations', {
      name: 'x',
      trigger: { kind: 'event', eventType: 'CallLogged', conditions: [] },
      action: { kind: 'message', channel: 'fax' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'action.channel' }), expect.objectContaining({ field: 'action.subject' })]),
    );
    const unknown = '6f0c5d1e-8a2b-4c3d-9e4f-5a6b7c8d9e0f';
    expect((await post(`/automations/${unknown}/pause`)).statusCode).toBe(404);
    expect((await get(`/automations/${unknown}/results`)).statusCode).toBe(404);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `/automations/${unknown}`,
          payload: { name: 'x', trigger: { kind: 'event', eventType: 'CallLogged', conditions: [] }, action: { kind: 'notify', message: 'm' } },
          role: 'operator',
        })
      ).statusCode,
    ).toBe(404);
    expect((await get('/automations/not-a-uuid/results')).statusCode).toBe(400);
  });

  it('messages respect consent and marketing pressure: of two automations on one trigger, one message goes out', async () => {
    const message = (name: string) => ({
      name,
      trigger: { kind: 'event', eventType: 'ComplaintResolved', conditions: [] },
      action: { kind: 'message', channel: 'email', subject: name, body: 'We are sorry.' },
    });
    const [first, second] = [await automation(message('Sorry A')), await automation(message('Sorry B'))];
    const consenting = await customer('Carla Consent', { consent: true });
    const silent = await customer('Nico Noconsent');
    const resolved: Record<string, string> = {};
    for (const id of [consenting, silent]) {
      await touch(id, { type: 'complaint', complaintId: 'C-1', category: 'delivery', severity: 'low', description: 'late' });
      const done = await touch(id, { type: 'complaint-resolved', complaintId: 'C-1', resolution: 'refund' });
      resolved[id] = done.eventId;
      await app.projected(done.position);
    }
    const outcome = async (automationId: string, customerId: string) =>
      (await app.finished(automationFiringKey({ automationId, triggerEventId: resolved[customerId] }))) as { status: string; reason: string | null };
    const consentingOutcomes = await Promise.all([outcome(first, consenting), outcome(second, consenting)]);
    expect(consentingOutcomes).toEqual(
      expect.arrayContaining([
        { status: 'done', reason: null },
        { status: 'skipped', reason: 'marketing-pressure' },
      ]),
    );
    await expect(outcome(first, silent)).resolves.toEqual({ status: 'skipped', reason: 'consent-required' });
    await outcome(second, silent);
    expect(await ledger(automationFiringKey({ automationId: second, triggerEventId: resolved[silent] }))).toEqual({
      status: 'skipped',
      reason: 'consent-required',
    });
    const messages = (await sql<{ recipient: string }>`select recipient from outbox_message`.execute(app.databases.readDb)).rows;
    expect(messages.map((row) => row.recipient)).toEqual(['carla.consent@example.com']);
    // A worker killed while handing the message over: the outbox transport recognises the key, so the rerun sends it again and it is kept once.
    const sent = consentingOutcomes[0].status === 'done' ? first : second;
    const sentKey = automationFiringKey({ automationId: sent, triggerEventId: resolved[consenting] });
    await sql`update automation_action set status = 'sending' where key = ${sentKey}`.execute(app.databases.readDb);
    await expect(firing().fire({ automationId: sent, triggerEventId: resolved[consenting], customerId: consenting })).resolves.toEqual({
      status: 'done',
      reason: null,
    });
    expect((await sql`select key from outbox_message where recipient = 'carla.consent@example.com'`.execute(app.databases.readDb)).rows).toHaveLength(1);
    expect((await stream(customerStreamName(consenting))).filter((event) => event.type === 'PromotionSent')).toHaveLength(1);
    // The refused one gave its claim back: a later message to the customer without consent is not held by pressure.
    expect((await sql`select key from marketing_contact where customer_id = ${silent}`.execute(app.databases.readDb)).rows).toEqual([]);
  });

  it('marketing pressure holds across automations and campaigns: a campaign skips a customer an automation just messaged', async () => {
    const segment = await post('/segments', { name: 'Pressure test', rule: { fact: 'attribute', key: 'tier', op: 'eq', value: 'pressure' } }, 'analyst');
    const automationId = await automation({
      name: 'Welcome',
      trigger: { kind: 'event', eventType: 'CallLogged', conditions: [] },
      action: { kind: 'message', channel: 'email', subject: 'Welcome', body: 'Nice to talk to you' },
    });
    const ids: string[] = [];
    let last = '';
    for (const name of ['Paula Pressure', 'Rosa Rested']) {
      const id = (
        await post('/customers', { kind: 'person', name, email: `${name.split(' ')[0].toLowerCase()}@example.com`, attributes: { tier: 'pressure' } })
      ).json().id;
      last = (await post(`/customers/${id}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' })).json().events[0]
        .position;
      ids.push(id);
    }
    const call = await touch(ids[0], { type: 'call', direction: 'inbound', durationSeconds: 60, outcome: 'reached' });
    await app.projected(last);
    await app.projected(call.position);
    await expect(app.finished(automationFiringKey({ automationId, triggerEventId: call.eventId }))).resolves.toEqual({ status: 'done', reason: null });
    // The segment and the consents were projected (app.projected waits for every test projection): its two members are in.
    expect((await get(`/segments/${segment.json().id}/members`)).json()).toMatchObject({ members: [expect.anything(), expect.anything()] });
    const campaignId = (await post('/campaigns', { name: 'Spring', segmentId: segment.json().id, channel: 'email', subject: 'Spring', body: 'Offer' })).json()
      .id;
    await app.finished(`campaign-chunk.${campaignId}.0`);
    expect((await app.request({ method: 'GET', url: `/campaigns/${campaignId}` })).json()).toMatchObject({ targeted: 2, sent: 1, skipped: 1 });
    const recipients = (
      await sql<{ recipient: string }>`select recipient from outbox_message where recipient in ('paula@example.com', 'rosa@example.com') order by key`.execute(
        app.databases.readDb,
      )
    ).rows;
    expect(recipients.map((row) => row.recipient).sort()).toEqual(['paula@example.com', 'rosa@example.com']);
  });

  it('segment entries and lifecycle transitions trigger automations through the sweep, once each (fake clock)', async () => {
    const segmentId = (await post('/segments', { name: 'VIP', rule: { fact: 'attribute', key: 'tier', op: 'eq', value: 'vip' } }, 'analyst')).json().id;
    const onEnter = await automation({
      name: 'Welcome VIPs',
      trigger: { kind: 'segment', segmentId, on: 'enter' },
      action: { kind: 'notify', message: 'New VIP' },
    });
    const onCustomer = await automation({
      name: 'Onboard',
      trigger: { kind: 'lifecycle', to: 'customer' },
      action: { kind: 'task', title: 'Onboard the customer', dueInMinutes: 0 },
    });
    const vip = (await post('/customers', { kind: 'person', name: 'Vera Vip', attributes: { tier: 'vip' }, ownerId })).json().id as string;
    const bought = await touch(vip, { type: 'purchase', orderId: 'O-vip', currency: 'EUR', amount: 900 });
    await app.projected(bought.position);

    const sweeps = app.worker!.get(AutomationSweepService);
    const asOf = new Date(Date.now() + 1_000);
    expect(await sweeps.sweep(asOf)).toEqual({ queued: 2 });
    const settled = async () =>
      (
        await sql<{
          automation_id: string;
          status: string;
        }>`select automation_id, status from automation_action where automation_id in (${onEnter}, ${onCustomer})`.execute(app.databases.readDb)
      ).rows;
    await eventually(
      async () => (await settled()).filter((row) => row.status === 'done').length === 2,
      10_000,
      async () => `not settled: ${JSON.stringify(await settled())}`,
    );
    // Swept again (a minute later, or after Redis lost the jobs): nothing new.
    expect(await sweeps.sweep(asOf)).toEqual({ queued: 0 });

    const notified = (await sql<{ staff_id: string }>`select staff_id from notification where automation_id = ${onEnter}`.execute(app.databases.readDb)).rows;
    expect(notified).toEqual([{ staff_id: ownerId }]);
    const tasks = (await stream(customerStreamName(vip))).filter((event) => event.type === 'TaskScheduled');
    expect(tasks.map((event) => event.data)).toEqual([expect.objectContaining({ assigneeId: ownerId })]);
    expect((await stream(automationStreamName(onCustomer))).filter((event) => event.type === 'AutomationFired').map((event) => event.data.customerId)).toEqual([
      vip,
    ]);
    expect((await get(`/automations/${onEnter}/preview`)).json()).toMatchObject({ firings: 1, customers: 1 });
  });

  it('a signal occurring triggers automations through the sweep, once per occurrence, after rebuilds too (fake clock)', async () => {
    const conditions = [{ field: 'oldestOpenComplaintDays', op: 'gte', value: 7 }];
    const onRisk = await automation({
      name: 'Rescue unhappy buyers',
      trigger: { kind: 'signal', signalType: 'complaint-at-risk', conditions },
      action: { kind: 'task', title: 'Call about the complaint', dueInMinutes: 0 },
    });
    const unmet = await automation({
      name: 'Many complaints',
      trigger: { kind: 'signal', signalType: 'complaint-at-risk', conditions: [{ field: 'openComplaints', op: 'gte', value: 2 }] },
      action: { kind: 'notify', message: 'Several open complaints' },
    });
    const unhappy = await customer('Uma Unhappy');
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    await touch(unhappy, { type: 'purchase', currency: 'EUR', amount: 500, occurredAt: ago(20) });
    const filed = await touch(unhappy, {
      type: 'complaint',
      complaintId: 'C-risk-1',
      category: 'delivery',
      severity: 'low',
      description: 'late',
      occurredAt: ago(10),
    });
    await app.projected(filed.position);

    const sweeps = app.worker!.get(AutomationSweepService);
    const fired = async () =>
      (await stream(automationStreamName(onRisk))).filter((event) => event.type === 'AutomationFired').map((event) => event.data.triggerEventId);
    const sweepUntilFired = async (count: number) => {
      await sweeps.sweep(new Date(Date.now() + 1_000));
      await eventually(
        async () => (await fired()).length === count,
        10_000,
        async () => `firings: ${JSON.stringify(await fired())}`,
      );
    };
    await sweepUntilFired(1);
    // The trigger id is the occurrence GET /signals names.
    const [signal] = (await get(`/signals?type=complaint-at-risk&limit=1000`))
      .json()
      .items.filter((each: { customerId: string }) => each.customerId === unhappy);
    expect(signal).toMatchObject({ facts: { oldestOpenComplaintDays: 10, openComplaints: 1 }, eventIds: [filed.eventId, expect.any(String)] });
    expect(await fired()).toEqual([signal.id]);
    await expect(app.finished(automationFiringKey({ automationId: onRisk, triggerEventId: signal.id }))).resolves.toEqual({ status: 'done', reason: null });

    // Swept again, and after the analytics read model the signals come from is rebuilt: the same occurrence, no new firing.
    const decode = currentEventDecoder(app.api.get(EVENT_CODEC));
    await new ProjectionRebuilder({ store: app.databases.eventStore, db: app.databases.readDb, projections: [analyticsProjection], decode }).rebuild(
      'analytics',
    );
    await sweeps.sweep(new Date(Date.now() + 1_000));
    expect(await fired()).toEqual([signal.id]);
    // One task from this automation (the lifecycle automation above gave the new customer its own).
    const firingIds = (await stream(automationStreamName(onRisk))).filter((event) => event.type === 'AutomationFired').map((event) => `automation.${event.id}`);
    const tasks = (await stream(customerStreamName(unhappy))).filter(
      (event) => event.type === 'TaskScheduled' && firingIds.includes(event.data.taskId as string),
    );
    expect(tasks).toHaveLength(1);

    // Resolved, then a new complaint a week and a day old: a new occurrence, a second firing.
    await touch(unhappy, { type: 'complaint-resolved', complaintId: 'C-risk-1', resolution: 'refund', occurredAt: ago(9) });
    const again = await touch(unhappy, {
      type: 'complaint',
      complaintId: 'C-risk-2',
      category: 'billing',
      severity: 'low',
      description: 'wrong bill',
      occurredAt: ago(8),
    });
    await app.projected(again.position);
    await sweepUntilFired(2);
    expect(new Set(await fired()).size).toBe(2);
    expect((await stream(automationStreamName(unmet))).filter((event) => event.type === 'AutomationFired')).toEqual([]);

    // The preview looks at each day's end over 90 days: as the log reads now, the first complaint was resolved within a day, so one occurrence.
    expect((await get(`/automations/${onRisk}/preview`)).json()).toMatchObject({ firings: 1, customers: 1 });
    expect(
      (
        await post('/automations/preview', {
          name: 'x',
          trigger: { kind: 'signal', signalType: 'due-to-reorder', conditions: [] },
          action: { kind: 'notify', message: 'x' },
        })
      ).json(),
    ).toMatchObject({ firings: 0 });
  });

  it('calls a webhook with the firing’s ids and no personal data', async () => {
    const automationId = await automation({
      name: 'Tell the ERP',
      trigger: { kind: 'event', eventType: 'NoteAdded', conditions: [] },
      action: { kind: 'webhook', url: hook.url },
    });
    const noted = await customer('Wanda Webhook');
    const note = await touch(noted, { type: 'note', text: 'Wants a catalogue' });
    await app.projected(note.position);
    await expect(app.finished(automationFiringKey({ automationId, triggerEventId: note.eventId }))).resolves.toEqual({ status: 'done', reason: null });
    expect(hook.received).toHaveLength(1);
    expect(JSON.parse(hook.received[0].body)).toMatchObject({ type: 'AutomationFired', automationId, triggerEventId: note.eventId, customerId: noted });
    expect(hook.received[0].body).not.toContain('Wanda');
    expect(hook.received[0].body).not.toContain('catalogue');
  });

  it('holds back the control group by hash and compares treated with control within the window (fake clock)', async () => {
    const automationId = await automation({
      name: 'Win back',
      trigger: { kind: 'event', eventType: 'SurveyAnswered', conditions: [{ field: 'score', op: 'lte', value: 3 }] },
      action: { kind: 'notify', message: 'Unhappy customer' },
      controlShare: 0.5,
    });
    const firedAt = new Date(Date.now() - 40 * DAY);
    const customers: string[] = [];
    for (let index = 0; index < 12; index++) customers.push(await customer(`Uplift Person ${index}`));
    const groups = customers.map((id) => (inControlGroup(automationId, id, 0.5) ? 'control' : 'treated'));
    // Fired 40 days ago, by the clock handed to the job; the window (30 days) has closed since.
    for (const [index, id] of customers.entries()) {
      await expect(firing().fire({ automationId, triggerEventId: `survey-${index}`, customerId: id }, { now: firedAt })).resolves.toEqual(
        groups[index] === 'control' ? { status: 'held-back', reason: null } : { status: 'done', reason: null },
      );
    }
    // Every treated customer buys 10 days after the firing, every third control customer too; one treated buys after the window.
    let last = '';
    const bought = (at: Date, amount: number, id: string) => touch(id, { type: 'purchase', currency: 'EUR', amount, occurredAt: at.toISOString() });
    for (const [index, id] of customers.entries()) {
      if (groups[index] === 'treated') last = (await bought(new Date(firedAt.getTime() + 10 * DAY), 2_000 + index * 100, id)).position;
      else if (index % 3 === 0) last = (await bought(new Date(firedAt.getTime() + 10 * DAY), 1_000, id)).position;
    }
    const late = customers[groups.indexOf('treated')];
    last = (await bought(new Date(firedAt.getTime() + 35 * DAY), 99_999, late)).position;
    await app.projected(last);
    await eventually(
      async () => {
        const list = (await get('/automations')).json().items.find((item: { id: string }) => item.id === automationId);
        return list?.firings.treated + list?.firings.control === customers.length;
      },
      10_000,
      () => 'firings not projected',
    );

    const results = (await get(`/automations/${automationId}/results?windowDays=30`)).json();
    const treated = customers.filter((_, index) => groups[index] === 'treated');
    const control = customers.filter((_, index) => groups[index] === 'control');
    const controlBuyers = customers.filter((_, index) => groups[index] === 'control' && index % 3 === 0).length;
    expect(results.firings).toEqual({ treated: treated.length, control: control.length });
    expect(results.purchases.treated).toBe(1);
    expect(results.purchases.control).toBeCloseTo(controlBuyers / control.length, 10);
    expect(results.response.uplift).toBeCloseTo(1 - controlBuyers / control.length, 10);
    const treatedRevenue = customers.flatMap((_, index) => (groups[index] === 'treated' ? [2_000 + index * 100] : []));
    expect(results.revenue.treated).toBeCloseTo(treatedRevenue.reduce((a, b) => a + b, 0) / treated.length, 6);
    expect(results.revenue.control).toBeCloseTo((controlBuyers * 1_000) / control.length, 6);
    expect(results.revenue.ci95.low).toBeLessThan(results.revenue.uplift);
    expect(results.method).toContain('Welch');
    // In-app notifications went to the owner for the treated only.
    const notified = (
      await sql<{ customer_id: string }>`select customer_id from notification where automation_id = ${automationId}`.execute(app.databases.readDb)
    ).rows;
    expect(notified.map((row) => row.customer_id).sort()).toEqual([...treated].sort());
    // The owner sees them in the bell, saying the automation's message.
    const ownerKey = (await app.api.get(ApiKeyService).create({ role: 'operator', name: 'olga', staffId: ownerId })).key;
    const bell = (await app.request({ method: 'GET', url: '/notifications?limit=100', headers: { 'x-api-key': ownerKey }, role: null })).json();
    const fromThis = bell.items.filter((item: { kind: string; customerId: string }) => item.kind === 'automation' && treated.includes(item.customerId));
    expect(fromThis).toHaveLength(treated.length);
    expect(new Set(fromThis.map((item: { title: string }) => item.title))).toEqual(new Set(['Unhappy customer']));
  });

  it('a delayed firing waits in BullMQ, comes back from PostgreSQL after Redis lost it, and acts once when due (fake clock)', async () => {
    const automationId = await automation({
      name: 'Ask promoters for a review',
      trigger: { kind: 'event', eventType: 'SurveyAnswered', conditions: [{ field: 'score', op: 'gte', value: 9 }] },
      delayMinutes: 120,
      action: { kind: 'task', title: 'Ask for a review', dueInMinutes: 0 },
    });
    const promoter = await customer('Pia Promoter');
    const survey = await touch(promoter, { type: 'survey', surveyId: 'NPS-1', score: 10 });
    await app.projected(survey.position);
    const key = automationFiringKey({ automationId, triggerEventId: survey.eventId });
    await eventually(
      async () => (await app.queue.get(key)) !== undefined,
      10_000,
      () => 'the delayed firing never reached BullMQ',
    );
    expect(await (await app.queue.get(key))!.isDelayed()).toBe(true);

    const restoration = app.worker!.get(JobsRestoration);
    await app.queue.bullQueue().obliterate({ force: true });
    const redis = new Redis(app.config.redisUrl);
    await redis.del(restoration.markerKey).finally(() => redis.disconnect());
    await restoration.checkNow();
    const restored = (await app.queue.get(key))!;
    expect(restored.data).toEqual({ automationId, triggerEventId: survey.eventId, customerId: promoter });
    expect(await restored.isDelayed()).toBe(true);

    // Two hours later by the job's clock: it fires; the restored job, whenever it runs, finds it settled.
    const due = new Date(Date.now() + 2 * 3_600_000);
    await expect(firing().fire(restored.data, { now: due })).resolves.toEqual({ status: 'done', reason: null });
    await expect(firing().fire(restored.data)).resolves.toEqual({ status: 'done', reason: null });
    expect((await stream(customerStreamName(promoter))).filter((event) => event.type === 'TaskScheduled')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ dueAt: due.toISOString() }) }),
    ]);
  });

  it('answers within the OpenAPI contract', async () => {
    expect(await answersBreakingContract(app)).toEqual([]);
  });
});
