import { createHash, randomUUID } from 'node:crypto';
import type { CustomerEvent, DomainEvent, ExternalId } from '#crm/domain';
import { aCustomer } from '#test/support/builders';
import { startReadModelsApp, type ReadModelsApp } from './testing/read-models-app.js';
import { ProjectionsService } from './projections.service.js';

const ada = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const bob = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';
const unknown = '00000000-0000-4000-8000-000000000000';
// Recent business times: the lifecycle judges events when they are recorded, which is now.
const start = Math.floor(Date.now() / 86_400_000 - 10) * 86_400_000;
const iso = (day: number) => new Date(start + day * 86_400_000).toISOString();

const registered = (customerId: string, name: string, externalIds: ExternalId[] = []): CustomerEvent =>
  aCustomer(customerId).withPersonal({ name, email: `${name.toLowerCase()}@example.org`, externalIds }).registeredAt(iso(0)).registered();
const shopId = { system: 'online-retail', value: '14646' };
const call = (customerId: string, day: number): CustomerEvent => ({
  type: 'CallLogged',
  data: { customerId, occurredAt: iso(day), channel: 'phone', direction: 'inbound', durationSeconds: 30, outcome: 'reached' },
});
const purchase = (customerId: string, day: number): DomainEvent => ({
  type: 'PurchaseRecorded',
  data: { customerId, occurredAt: iso(day), channel: 'store', orderId: null, lines: [], amount: 1999, cost: null, currency: 'EUR' },
});

describe('read models over HTTP', () => {
  let api: ReadModelsApp;

  beforeAll(async () => {
    api = await startReadModelsApp('read_models_http');
    await api.append(ada, [registered(ada, 'Ada'), call(ada, 1), call(ada, 2), purchase(ada, 3)]);
    await api.append(bob, [registered(bob, 'Bob', [shopId])]);
    await api.caughtUp();
  });

  afterAll(() => api.close());

  const badRequest = async (url: string, field: string) => {
    const response = await api.request('GET', url);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field, reason: expect.any(String) }]);
  };

  describe('GET /customers/:id/timeline', () => {
    it('pages the timeline newest first, with an opaque cursor', async () => {
      const first = await api.request('GET', `/customers/${ada}/timeline?limit=2`, 'operator');
      expect(first.statusCode).toBe(200);
      expect(first.json().items.map((item: { type: string }) => item.type)).toEqual(['PurchaseRecorded', 'CallLogged']);
      // Every page names the log position of the customer's latest entry (the live stream's `since`).
      expect(first.json().head).toMatch(/^\d+-\d+$/);
      const second = await api.request('GET', `/customers/${ada}/timeline?limit=2&cursor=${first.json().nextCursor}`);
      expect(second.json()).toEqual({
        items: [expect.objectContaining({ type: 'CallLogged', occurredAt: iso(1) }), expect.objectContaining({ type: 'CustomerRegistered' })],
        nextCursor: null,
        head: first.json().head,
      });
    });

    it('filters by types and time range', async () => {
      const response = await api.request('GET', `/customers/${ada}/timeline?type=CallLogged,PurchaseRecorded&from=${iso(2)}&to=${iso(3)}`);
      expect(response.json().items.map((item: { occurredAt: string }) => item.occurredAt)).toEqual([iso(2)]);
    });

    it('answers 404 for an unknown customer and an empty page for a known one filtered to nothing', async () => {
      expect((await api.request('GET', `/customers/${unknown}/timeline`)).statusCode).toBe(404);
      const empty = await api.request('GET', `/customers/${bob}/timeline?type=NoteAdded`);
      expect(empty.json()).toEqual({ items: [], nextCursor: null, head: expect.stringMatching(/^\d+-\d+$/) });
    });

    it('answers 400 naming the field for a bad id, cursor, date, type, limit or unknown parameter', async () => {
      await badRequest('/customers/42/timeline', 'id');
      await badRequest(`/customers/${ada}/timeline?cursor=nonsense`, 'cursor');
      await badRequest(`/customers/${ada}/timeline?from=yesterday`, 'from');
      await badRequest(`/customers/${ada}/timeline?from=${iso(3)}&to=${iso(1)}`, 'to');
      await badRequest(`/customers/${ada}/timeline?type=Nope`, 'type');
      await badRequest(`/customers/${ada}/timeline?limit=0`, 'limit');
      await badRequest(`/customers/${ada}/timeline?sort=asc`, 'sort');
    });
  });

  describe('GET /customers', () => {
    it('searches and filters the directory', async () => {
      const response = await api.request('GET', '/customers?q=ADA', 'operator');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        items: [expect.objectContaining({ customerId: ada, name: 'Ada', email: 'ada@example.org', lifecycle: { stage: 'customer', grade: 'low-value' } })],
        nextCursor: null,
      });
      const leads = await api.request('GET', '/customers?stage=lead', 'operator');
      expect(leads.json().items.map((item: { name: string }) => item.name)).toEqual(['Bob']);
    });

    it('names the customers asked for by id, comma-separated or repeated', async () => {
      const names = async (query: string) => (await api.request('GET', `/customers?${query}`, 'operator')).json().items.map((item: { name: string }) => item.name);
      expect(await names(`id=${bob},${ada.toUpperCase()}`)).toEqual(['Ada', 'Bob']);
      expect(await names(`id=${bob}&id=${randomUUID()}`)).toEqual(['Bob']);
    });

    it('records each page of personal data in the access log: who, the query, how many rows, why', async () => {
      const response = await api.request('GET', '/customers?stage=lead&limit=5&q=BOB', 'operator', { 'x-access-reason': 'calling back leads' });
      expect(response.statusCode).toBe(200);
      const access = await api.request('GET', '/audit/access?action=search', 'compliance');
      expect(access.json().entries.at(-1)).toMatchObject({
        actorRole: 'operator',
        subjectKind: 'directory',
        action: 'search',
        route: 'GET /customers',
        reason: 'calling back leads',
        // the search text as its hash: in clear it would outlive the person's erasure
        query: `{"q":"sha256:${createHash('sha256').update('bob').digest('hex')}","stage":"lead","limit":5}`,
        rowCount: 1,
      });
    });

    it('gives analysts rows without name, email, phone or city, logs nothing, and refuses their q', async () => {
      const before = (await api.request('GET', '/audit/access?action=search', 'compliance')).json().entries.length;
      const response = await api.request('GET', '/customers', 'analyst');
      expect(response.statusCode).toBe(200);
      const items: Record<string, unknown>[] = response.json().items;
      expect(items.map((item) => item.customerId).sort()).toEqual([ada, bob].sort());
      for (const item of items) for (const personal of ['name', 'email', 'phone', 'city']) expect(item).not.toHaveProperty(personal);
      expect(items[0]).toHaveProperty('lifecycle');
      await badRequest('/customers?q=ada', 'q');
      expect((await api.request('GET', '/audit/access?action=search', 'compliance')).json().entries).toHaveLength(before);
    });

    it("finds a customer by its id in the source system, for analysts too (a record key, not personal data)", async () => {
      for (const role of ['operator', 'analyst'] as const) {
        const found = await api.request('GET', '/customers?externalId=14646', role);
        expect(found.statusCode).toBe(200);
        expect(found.json().items.map((item: { customerId: string; externalIds: ExternalId[] }) => [item.customerId, item.externalIds])).toEqual([[bob, [shopId]]]);
      }
      // The whole value, not a part of it.
      expect((await api.request('GET', '/customers?externalId=1464', 'analyst')).json().items).toEqual([]);
      const all = (await api.request('GET', '/customers', 'analyst')).json().items;
      expect(all.find((item: { customerId: string }) => item.customerId === ada).externalIds).toEqual([]);
      await badRequest(`/customers?externalId=${'9'.repeat(201)}`, 'externalId');
    });

    it('answers 400 for an unknown stage, a bad cursor, a bad owner or bad ids', async () => {
      await badRequest('/customers?stage=vip', 'stage');
      await badRequest('/customers?cursor=%%%', 'cursor');
      await badRequest('/customers?owner=bob', 'owner');
      await badRequest(`/customers?id=${ada},bob`, 'id');
      await badRequest(`/customers?id=${Array.from({ length: 201 }, () => ada).join(',')}`, 'id');
    });
  });

  describe('lifecycle', () => {
    it('GET /customers/:id/lifecycle gives the stage now and every transition', async () => {
      const response = await api.request('GET', `/customers/${ada}/lifecycle`, 'operator');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ stage: 'customer', grade: 'low-value' });
      expect(response.json().transitions.map((transition: { to: object }) => transition.to)).toEqual([
        { stage: 'lead', grade: null },
        { stage: 'prospect', grade: 'possible' },
        { stage: 'prospect', grade: 'probable' },
        { stage: 'customer', grade: 'low-value' },
      ]);
      expect((await api.request('GET', `/customers/${unknown}/lifecycle`)).statusCode).toBe(404);
    });

    it('GET /lifecycle/summary counts stages now and flows over the period', async () => {
      const response = await api.request('GET', `/lifecycle/summary?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z`);
      expect(response.statusCode).toBe(200);
      expect(response.json().stages).toEqual({ lead: 1, prospect: 0, customer: 1, lost: 0 });
      expect(response.json().flows).toContainEqual({ from: 'prospect', to: 'customer', transitions: 1 });
      const file = (await api.request('GET', `/lifecycle/summary?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&format=csv`)).body.split('\r\n');
      expect(file[0]).toBe('section,stage,customers,grade,from,to,transitions');
      expect(file).toEqual(expect.arrayContaining(['stages,lead,1,,,,', 'flows,,,,prospect,customer,1']));
      await badRequest('/lifecycle/summary?from=soon', 'from');
    });

    it('answers at a business time (validAt), late events included: Bob’s purchase of day 1 entered today', async () => {
      await api.append(bob, [purchase(bob, 1)]);
      await api.caughtUp();
      const lifecycleAt = async (day: number) => api.request('GET', `/customers/${bob}/lifecycle?validAt=${iso(day)}`, 'operator');
      const onDay2 = (await lifecycleAt(2)).json();
      expect(onDay2).toMatchObject({ stage: 'customer', grade: 'low-value', since: iso(1) });
      expect(onDay2.transitions.map((transition: { to: object; at: string }) => [transition.at, transition.to])).toEqual([
        [iso(0), { stage: 'lead', grade: null }],
        [iso(1), { stage: 'customer', grade: 'low-value' }],
      ]);
      expect((await lifecycleAt(0.5)).json()).toMatchObject({ stage: 'lead', grade: null });
      expect((await lifecycleAt(-1)).statusCode).toBe(404);
      // On day 2 Ada had answered twice and not bought yet.
      const summary = (await api.request('GET', `/lifecycle/summary?validAt=${iso(2)}`)).json();
      expect(summary).toMatchObject({ to: iso(2), stages: { lead: 0, prospect: 1, customer: 1, lost: 0 } });
      expect(summary.flows).toContainEqual({ from: 'lead', to: 'customer', transitions: 1 });
      await badRequest(`/customers/${bob}/lifecycle?validAt=tomorrow`, 'validAt');
    });
  });

  describe('roles', () => {
    it('lets operators and analysts read the read models, not compliance', async () => {
      expect((await api.request('GET', '/customers', 'compliance')).statusCode).toBe(403);
      expect((await api.request('GET', `/customers/${ada}/timeline`, 'compliance')).statusCode).toBe(403);
      expect((await api.request('GET', '/customers', 'admin')).statusCode).toBe(200);
    });

    it('shows projections to analysts and admins, and lets only admins rebuild', async () => {
      expect((await api.request('GET', '/projections', 'operator')).statusCode).toBe(403);
      expect((await api.request('POST', '/projections/timeline/rebuild', 'analyst')).statusCode).toBe(403);
    });
  });

  describe('projections', () => {
    it('GET /projections reports state, checkpoint and lag', async () => {
      const response = await api.request('GET', '/projections');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toContainEqual(
        expect.objectContaining({ name: 'timeline', state: 'live', lagEvents: 0, checkpoint: expect.any(String), lastError: null, lastRebuild: null }),
      );
    });

    it('POST /projections/:name/rebuild starts a rebuild in the background (202) and GET shows how it ended', async () => {
      const started = await api.request('POST', '/projections/timeline/rebuild', 'admin');
      expect(started.statusCode).toBe(202);
      expect(started.json()).toMatchObject({ projection: 'timeline', statusUrl: '/projections/timeline', run: { finishedAt: null } });
      await api.app.get(ProjectionsService).settled('timeline');
      const status = await api.request('GET', '/projections/timeline');
      expect(status.json().lastRebuild).toMatchObject({ error: null, finishedAt: expect.any(String), result: { projection: 'timeline' } });
      await api.caughtUp();
      const page = await api.request('GET', `/customers/${ada}/timeline`);
      expect(page.json().items).toHaveLength(4);
    });

    it('answers 404 for an unknown projection', async () => {
      expect((await api.request('POST', '/projections/nothing/rebuild', 'admin')).statusCode).toBe(404);
      expect((await api.request('GET', '/projections/nothing')).statusCode).toBe(404);
    });
  });
});
