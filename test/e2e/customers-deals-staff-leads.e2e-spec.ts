import { randomUUID } from 'node:crypto';
import { customerStreamName, opportunityStreamName, staffStreamName, touchTypes } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';

describe('staff, opportunities and web leads over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_deals');
  });

  afterAll(() => api.close());

  const post = (url: string, payload: object, role: 'operator' | 'analyst' | 'compliance' | 'admin' | null = 'operator') =>
    api.request({ method: 'POST', url, payload, role });

  async function customer(): Promise<string> {
    return (await post('/customers', { kind: 'organization', name: 'Analytical Engines Ltd' })).json().id;
  }

  describe('POST /staff', () => {
    it('registers a staff member with the contract’s answer (admins only)', async () => {
      const response = await post('/staff', { name: 'Maria Puig', email: 'maria@example.com' }, 'admin');
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const [registered] = await api.streamOf(staffStreamName(response.json().id));
      expect(registered.data).toEqual({
        staffId: response.json().id,
        title: 'Staff',
        managerId: null,
        region: null,
        active: true,
        personal: { name: 'Maria Puig', email: 'maria@example.com' },
      });
    });

    it('refuses a malformed email with 400 and other roles with 403, appending nothing', async () => {
      const before = await api.eventCount();
      const bad = await post('/staff', { name: 'Maria Puig', email: 'maria' }, 'admin');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'email', reason: expect.any(String) }]);
      expect((await post('/staff', { name: 'Maria Puig', email: 'maria@example.com' }, 'operator')).statusCode).toBe(403);
      expect((await post('/staff', { name: 'Maria Puig', email: 'maria@example.com' }, null)).statusCode).toBe(401);
      expect(await api.eventCount()).toBe(before);
    });
  });

  describe('opportunities', () => {
    const deal = (customerId: string) => ({ customerId, interest: 'Fleet renewal', expectedAmount: { amount: 500000, currency: 'EUR' } });

    it('opens a deal owned by the key’s staff member, moves it and wins it', async () => {
      const customerId = await customer();
      const opened = await post('/opportunities', deal(customerId));
      expect(opened.statusCode).toBe(201);
      expect(opened.json()).toEqual({ id: expect.any(String), revision: 0, position: expect.stringMatching(/^\d+-\d+$/) });
      const id = opened.json().id;
      const staged = await post(`/opportunities/${id}/stage`, { stage: 'proposal' });
      expect(staged.json()).toEqual({
        id,
        revision: 1,
        events: [{ eventId: expect.any(String), type: 'OpportunityStageChanged', revision: 1, position: expect.any(String) }],
      });
      expect((await post(`/opportunities/${id}/stage`, { stage: 'proposal' })).json()).toEqual({ id, revision: 1, events: [] });
      const won = await post(`/opportunities/${id}/win`, { amount: 480000, currency: 'EUR' });
      expect(won.json()).toMatchObject({ id, revision: 2, events: [{ type: 'OpportunityWon' }] });
      const events = await api.streamOf(opportunityStreamName(id));
      expect(events.map((event) => event.type)).toEqual(['OpportunityOpened', 'OpportunityStageChanged', 'OpportunityWon']);
      expect(events[0].data).toMatchObject({ customerId, ownerId: api.operatorStaffId, stage: 'qualification' });
    });

    it('closes a deal on a business day when only the day is known, at its start, and refuses a day still to come or not a date', async () => {
      const customerId = await customer();
      const wonId = (await post('/opportunities', deal(customerId))).json().id;
      const lostId = (await post('/opportunities', deal(customerId))).json().id;
      const before = await api.eventCount();
      for (const [closedOn, reason] of [
        ['2999-01-01', 'must not be a day still to come'],
        ['1 March 2017', 'must be a date, YYYY-MM-DD'],
        ['2017-02-29', 'must be a date that exists'],
      ]) {
        const refused = await post(`/opportunities/${lostId}/lose`, { reason: 'budget', closedOn });
        expect([closedOn, refused.statusCode, refused.json().errors]).toEqual([closedOn, 400, [{ field: 'closedOn', reason }]]);
      }
      expect(await api.eventCount()).toBe(before);
      expect((await post(`/opportunities/${wonId}/win`, { amount: 480000, currency: 'EUR', closedOn: '2017-03-01' })).statusCode).toBe(201);
      const lost = await post(`/opportunities/${lostId}/lose`, { reason: 'budget', occurredAt: '2017-03-02T23:30:00-05:00', closedOn: '2017-03-02' });
      expect(lost.statusCode).toBe(201);
      expect((await api.streamOf(opportunityStreamName(wonId))).at(-1)?.data).toMatchObject({ occurredAt: '2017-03-01T00:00:00.000Z', closedOn: '2017-03-01' });
      // A time given stays the closing instant; the day stays the business day.
      expect((await api.streamOf(opportunityStreamName(lostId))).at(-1)?.data).toMatchObject({
        occurredAt: '2017-03-03T04:30:00.000Z',
        closedOn: '2017-03-02',
      });
    });

    it('edits an open deal: only what changed is recorded, null clears the close date, a closed deal answers 409', async () => {
      const id = (await post('/opportunities', { ...deal(await customer()), expectedCloseDate: '2026-06-30' })).json().id;
      const patch = (payload: object) => api.request({ method: 'PATCH', url: `/opportunities/${id}`, payload, role: 'operator' });
      const newOwner = randomUUID();
      const edited = await patch({ ownerId: newOwner, expectedAmount: { amount: 650000, currency: 'EUR' }, interest: 'Fleet renewal' });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ id, revision: 1, events: [{ type: 'OpportunityUpdated' }] });
      expect((await patch({ expectedCloseDate: null })).json()).toMatchObject({ revision: 2 });
      expect((await patch({ ownerId: newOwner })).json()).toEqual({ id, revision: 2, events: [] });
      const events = await api.streamOf(opportunityStreamName(id));
      expect(events.slice(1).map((event) => event.data.changes)).toEqual([
        { ownerId: newOwner, expectedAmount: { amount: 650000, currency: 'EUR' } },
        { expectedCloseDate: null },
      ]);
      const before = await api.eventCount();
      const empty = await patch({});
      expect(empty.statusCode).toBe(400);
      expect(empty.json().errors).toEqual([
        { field: 'interest, expectedAmount, ownerId, expectedCloseDate, product', reason: 'name at least one of these to change' },
      ]);
      expect((await patch({ expectedCloseDate: '30/06/2026' })).json().errors).toEqual([{ field: 'expectedCloseDate', reason: 'must be a date, YYYY-MM-DD' }]);
      await post(`/opportunities/${id}/win`, { amount: 600000, currency: 'EUR' });
      const closed = await patch({ ownerId: randomUUID() });
      expect([closed.statusCode, closed.json().rule]).toEqual([409, 'opportunity-closed']);
      expect(await api.eventCount()).toBe(before + 1);
    });

    it('answers 409 with the rule when a closed deal is won or lost again, appending nothing', async () => {
      const id = (await post('/opportunities', deal(await customer()))).json().id;
      await post(`/opportunities/${id}/lose`, { reason: 'chose a competitor' });
      const before = await api.eventCount();
      const win = await post(`/opportunities/${id}/win`, { amount: 1, currency: 'EUR' });
      expect(win.statusCode).toBe(409);
      expect(win.json()).toEqual({ statusCode: 409, message: expect.any(String), rule: 'opportunity-closed' });
      expect((await post(`/opportunities/${id}/stage`, { stage: 'engaging' })).json().rule).toBe('opportunity-closed');
      expect(await api.eventCount()).toBe(before);
    });

    it('answers 404 for an unknown deal or customer, and 400 for bad input, appending nothing', async () => {
      const before = await api.eventCount();
      expect((await post(`/opportunities/${randomUUID()}/win`, { amount: 1, currency: 'EUR' })).statusCode).toBe(404);
      expect((await post('/opportunities', deal(randomUUID()))).statusCode).toBe(404);
      const customerId = await customer();
      const afterCustomer = await api.eventCount();
      const bad = await post('/opportunities', { ...deal(customerId), expectedAmount: { amount: 10.5, currency: 'EURO' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'expectedAmount.amount', reason: expect.stringContaining('integer') }]);
      const currency = await post('/opportunities', { ...deal(customerId), expectedAmount: { amount: 10, currency: 'EURO' } });
      expect(currency.json().errors).toEqual([{ field: 'expectedAmount.currency', reason: expect.stringContaining('ISO 4217') }]);
      const stage = await post(`/opportunities/${randomUUID()}/stage`, { stage: 'won' });
      expect(stage.json().errors).toEqual([{ field: 'stage', reason: expect.any(String) }]);
      expect(await api.eventCount()).toBe(before + 1);
      expect(afterCustomer).toBe(before + 1);
    });

    it('needs an owner when the key acts for no staff member', async () => {
      const response = await post('/opportunities', deal(await customer()), 'admin');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'ownerId', reason: expect.stringContaining('staff member') }]);
      expect((await post('/opportunities', { ...deal(await customer()), ownerId: randomUUID() }, 'admin')).statusCode).toBe(201);
    });

    it('is refused to analysts and anonymous callers', async () => {
      const customerId = await customer();
      expect((await post('/opportunities', deal(customerId), 'analyst')).statusCode).toBe(403);
      expect((await post('/opportunities', deal(customerId), null)).statusCode).toBe(401);
    });
  });

  describe('POST /leads (public web form)', () => {
    const lead = { name: 'Grace Hopper', email: 'Grace@Example.com', form: 'contact-us', interest: 'Fleet renewal', utm: { source: 'newsletter' } };

    it('registers a customer for a new email, with the lead, in one append, without a key', async () => {
      const response = await post('/leads', lead, null);
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ customerId: expect.any(String) });
      const [registered, captured] = await api.streamOf(customerStreamName(response.json().customerId));
      expect(registered.data).toMatchObject({ source: 'web-form', personal: { name: 'Grace Hopper', email: 'Grace@example.com' } });
      expect(captured).toMatchObject({
        type: 'LeadCaptured',
        data: { form: 'contact-us', source: 'web-form', channel: 'web', interest: 'Fleet renewal', utm: { source: 'newsletter', medium: null } },
        metadata: { actor: { id: 'web-form', role: 'system' }, channel: 'web' },
      });
    });

    it('records another lead on the same customer when the email is known, whatever its case', async () => {
      const first = (await post('/leads', { ...lead, email: 'ada.l@example.com' }, null)).json();
      const second = await post('/leads', { ...lead, name: 'Someone Else', email: ' ADA.L@example.com ', form: 'newsletter' }, null);
      expect(second.statusCode).toBe(202);
      expect(second.json()).toEqual(first);
      const events = await api.streamOf(customerStreamName(first.customerId));
      expect(events.map((event) => event.type)).toEqual(['CustomerRegistered', 'LeadCaptured', 'LeadCaptured']);
      expect(events[0].data).toMatchObject({ personal: { name: 'Grace Hopper' } });
    });

    it('refuses a malformed email or an unknown field with 400, appending nothing', async () => {
      const before = await api.eventCount();
      const bad = await post('/leads', { ...lead, email: 'not-an-email' }, null);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'email', reason: expect.any(String) }]);
      const extra = await post('/leads', { ...lead, ownerId: randomUUID() }, null);
      expect(extra.json().errors).toEqual([{ field: 'ownerId', reason: 'should not exist' }]);
      expect(await api.eventCount()).toBe(before);
    });

    it('answers a retried submission with the first answer', async () => {
      const headers = { 'idempotency-key': 'form-submit-1' };
      const body = { ...lead, email: 'retry@example.com' };
      const first = await api.request({ method: 'POST', url: '/leads', payload: body, headers, role: null });
      const again = await api.request({ method: 'POST', url: '/leads', payload: body, headers, role: null });
      expect(again.body).toBe(first.body);
      expect(await api.streamOf(customerStreamName(first.json().customerId))).toHaveLength(2);
    });
  });

  it('documents every route at /docs', async () => {
    const document = (await api.request({ method: 'GET', url: '/docs-json', role: null })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/customers',
        '/customers/{id}',
        '/customers/{id}/touches',
        '/customers/{id}/consents',
        '/customers/{id}/owner',
        '/customers/{id}/history',
        '/customers/{id}/state',
        '/staff',
        '/opportunities',
        '/opportunities/{id}/stage',
        '/opportunities/{id}/win',
        '/opportunities/{id}/lose',
        '/leads',
      ]),
    );
    const touchBody = document.paths['/customers/{id}/touches'].post.requestBody.content['application/json'].schema;
    // one body per touch kind the domain knows
    expect(touchBody.oneOf).toHaveLength(touchTypes.length);
    expect(document.components.schemas.CallDto.properties).toHaveProperty('durationSeconds');
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
