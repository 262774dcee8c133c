import { randomUUID } from 'node:crypto';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';

const ada = { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com', attributes: { city: 'Barcelona' } };

describe('customers over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_customers');
  });

  afterAll(() => api.close());

  const eventCount = () => api.eventCount();

  const streamOf = (customerId: string) => api.streamOf(customerStreamName(customerId));

  const post = (url: string, payload: object, options: { role?: 'operator' | 'analyst' | 'compliance' | 'admin' | null; headers?: Record<string, string> } = {}) =>
    api.request({ method: 'POST', url, payload, ...options });

  async function register(body: object = ada): Promise<string> {
    const response = await post('/customers', body);
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  describe('POST /customers', () => {
    it('registers a person and answers the contract shape', async () => {
      const response = await post('/customers', ada);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.stringMatching(/^\d+-\d+$/) });
      const [registered] = await streamOf(response.json().id);
      expect(registered.type).toBe('CustomerRegistered');
      expect(registered.data).toMatchObject({
        kind: 'person',
        source: 'api',
        attributes: { city: 'Barcelona' },
        personal: { name: 'Ada Lovelace', email: 'ada@example.com' },
      });
    });

    it('takes the actor from the API key, never from the body', async () => {
      const id = await register();
      const [registered] = await streamOf(id);
      expect(registered.metadata.actor).toEqual({ id: api.operatorStaffId, role: 'operator', name: 'operator key' });
      const before = await eventCount();
      const forged = await post('/customers', { ...ada, actor: { id: 'someone-else' } });
      expect(forged.statusCode).toBe(400);
      expect(forged.json().errors).toEqual([{ field: 'actor', reason: 'should not exist' }]);
      expect(await eventCount()).toBe(before);
    });

    it('registers an organization and a person belonging to it', async () => {
      const organizationId = await register({ kind: 'organization', name: 'Analytical Engines Ltd' });
      const person = await post('/customers', { kind: 'person', name: 'Charles Babbage', organizationId });
      expect(person.statusCode).toBe(201);
      expect((await streamOf(person.json().id))[0].data.organizationId).toBe(organizationId);
    });

    it.each([
      ['a malformed email', { ...ada, email: 'ada-at-example' }, [{ field: 'email', reason: expect.stringContaining('email') }]],
      ['an unknown kind', { ...ada, kind: 'robot' }, [{ field: 'kind', reason: expect.stringContaining('person') }]],
      ['a name of the wrong type', { ...ada, name: 42 }, [{ field: 'name', reason: 'must be a string' }]],
      ['an unknown field', { ...ada, vip: true }, [{ field: 'vip', reason: 'should not exist' }]],
      ['a bad attribute key', { ...ada, attributes: { '1city': 'x' } }, [{ field: 'attributes.1city', reason: expect.any(String) }]],
      ['an address without a city', { ...ada, address: { line1: 'x', country: 'ES' } }, [{ field: 'address.city', reason: 'must be a string' }]],
      ['a future start', { ...ada, occurredAt: '2999-01-01T00:00:00Z' }, [{ field: 'occurredAt', reason: expect.stringContaining('future') }]],
    ])('refuses %s with 400 naming the field, appending nothing', async (_case, body, errors) => {
      const before = await eventCount();
      const response = await post('/customers', body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ statusCode: 400, message: expect.any(String), errors });
      expect(await eventCount()).toBe(before);
    });

    it('answers 401 without a key and 403 to a role that may not write', async () => {
      const before = await eventCount();
      expect((await post('/customers', ada, { role: null })).statusCode).toBe(401);
      expect((await post('/customers', ada, { role: 'analyst' })).statusCode).toBe(403);
      expect((await post('/customers', ada, { role: 'compliance' })).statusCode).toBe(403);
      expect((await post('/customers', ada, { role: 'admin' })).statusCode).toBe(201);
      expect(await eventCount()).toBe(before + 1);
    });
  });

  describe('GET /customers/:id', () => {
    it('shows the folded current state with its revision', async () => {
      const id = await register();
      const response = await api.request({ method: 'GET', url: `/customers/${id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'active',
        customerId: id,
        kind: 'person',
        personal: { name: 'Ada Lovelace', email: 'ada@example.com', phone: null },
        attributes: { city: 'Barcelona' },
        revision: '0',
      });
    });

    it('lets operators, compliance and admins read; not analysts or anonymous callers', async () => {
      const id = await register();
      const get = (role: 'operator' | 'analyst' | 'compliance' | 'admin' | null) => api.request({ method: 'GET', url: `/customers/${id}`, role });
      expect((await get('compliance')).statusCode).toBe(200);
      expect((await get('admin')).statusCode).toBe(200);
      expect((await get('analyst')).statusCode).toBe(403);
      expect((await get(null)).statusCode).toBe(401);
    });

    it('answers 404 for an unknown customer and 400 for an id that cannot be one', async () => {
      expect((await api.request({ method: 'GET', url: `/customers/${randomUUID()}` })).statusCode).toBe(404);
      const malformed = await api.request({ method: 'GET', url: '/customers/42' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().errors).toEqual([{ field: 'customerId', reason: 'must be a UUID' }]);
    });
  });

  describe('PATCH /customers/:id', () => {
    it('records only what changed, details and attributes together', async () => {
      const id = await register();
      const response = await api.request({
        method: 'PATCH',
        url: `/customers/${id}`,
        payload: { name: 'Ada King', email: 'ada@example.com', attributes: { city: 'London', vip: true } },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id,
        revision: 2,
        events: [
          { eventId: expect.any(String), type: 'CustomerDetailsChanged', revision: 1, position: expect.any(String) },
          { eventId: expect.any(String), type: 'CustomerAttributesChanged', revision: 2, position: expect.any(String) },
        ],
      });
      const [, details, attributes] = await streamOf(id);
      expect(details.data).toEqual({ customerId: id, personal: { name: 'Ada King' } });
      expect(attributes.data).toEqual({ customerId: id, set: { city: 'London', vip: true }, unset: [] });
      const removed = await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { attributes: { vip: null } } });
      expect(removed.json().events.map((event: { type: string }) => event.type)).toEqual(['CustomerAttributesChanged']);
      expect((await api.request({ method: 'GET', url: `/customers/${id}` })).json().attributes).toEqual({ city: 'London' });
    });

    it('answers a change that changes nothing with no events and the current revision', async () => {
      const id = await register();
      const response = await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Ada Lovelace' } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ id, revision: 0, events: [] });
    });

    it('writes nothing at all when one part is bad, and names the field as sent', async () => {
      const id = await register();
      const before = await eventCount();
      const response = await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Ada King', attributes: { 'bad key': 1 } } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'attributes.bad key', reason: expect.any(String) }]);
      expect(await eventCount()).toBe(before);
    });

    it('answers 404 for an unknown customer, appending nothing', async () => {
      const before = await eventCount();
      const response = await api.request({ method: 'PATCH', url: `/customers/${randomUUID()}`, payload: { name: 'X' } });
      expect(response.statusCode).toBe(404);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('POST /customers/:id/consents and /owner', () => {
    it('records consent given and withdrawn, and the state shows the latest', async () => {
      const id = await register();
      const given = await post(`/customers/${id}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v3', occurredAt: '2026-01-01T00:00:00Z' });
      expect(given.statusCode).toBe(201);
      expect(given.json()).toMatchObject({ id, revision: 1, events: [{ type: 'ConsentGiven', revision: 1 }] });
      const withdrawn = await post(`/customers/${id}/consents`, { channel: 'email', status: 'withdrawn', occurredAt: '2026-02-01T00:00:00Z' });
      expect(withdrawn.json()).toMatchObject({ revision: 2, events: [{ type: 'ConsentWithdrawn' }] });
      const state = (await api.request({ method: 'GET', url: `/customers/${id}` })).json();
      expect(state.consents.email).toMatchObject({ status: 'withdrawn', at: '2026-02-01T00:00:00.000Z' });
    });

    it('refuses consent without its legal basis or text version, and a withdrawal carrying one', async () => {
      const id = await register();
      const before = await eventCount();
      const noBasis = await post(`/customers/${id}/consents`, { channel: 'email', status: 'given' });
      expect(noBasis.statusCode).toBe(400);
      expect(noBasis.json().errors).toEqual([{ field: 'legalBasis', reason: expect.any(String) }]);
      const noText = await post(`/customers/${id}/consents`, { channel: 'sms', status: 'given', legalBasis: 'consent' });
      expect(noText.json().errors).toEqual([{ field: 'textVersion', reason: expect.any(String) }]);
      const withdrawal = await post(`/customers/${id}/consents`, { channel: 'sms', status: 'withdrawn', legalBasis: 'consent' });
      expect(withdrawal.json().errors).toEqual([{ field: 'legalBasis', reason: 'is only for status given' }]);
      expect(await eventCount()).toBe(before);
    });

    it('assigns an owner; assigning the same owner again changes nothing', async () => {
      const id = await register();
      const ownerId = randomUUID();
      const assigned = await post(`/customers/${id}/owner`, { ownerId });
      expect(assigned.statusCode).toBe(201);
      expect(assigned.json()).toMatchObject({ id, revision: 1, events: [{ type: 'CustomerOwnerAssigned' }] });
      expect((await post(`/customers/${id}/owner`, { ownerId })).json()).toEqual({ id, revision: 1, events: [] });
      const bad = await post(`/customers/${id}/owner`, { ownerId: 'nobody' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([{ field: 'ownerId', reason: 'must be a UUID' }]);
    });
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
