import { randomUUID } from 'node:crypto';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';

const call = (occurredAt: string) => ({ type: 'call', occurredAt, channel: 'phone', direction: 'outbound', durationSeconds: 60, outcome: 'reached' });

describe('a customer’s history and state over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_history');
  });

  afterAll(() => api.close());

  async function register(): Promise<string> {
    const response = await api.request({ method: 'POST', url: '/customers', payload: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' } });
    return response.json().id;
  }

  const get = (url: string, role: 'operator' | 'analyst' | 'compliance' | 'admin' | null = 'operator') => api.request({ method: 'GET', url, role });

  it('lists every event in order, with the contract’s fields, paged by a cursor', async () => {
    const id = await register();
    for (const minute of ['01', '02', '03', '04']) {
      expect((await api.request({ method: 'POST', url: `/customers/${id}/touches`, payload: call(`2026-03-02T10:${minute}:00Z`) })).statusCode).toBe(201);
    }
    const first = await get(`/customers/${id}/history?limit=2`);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.events).toHaveLength(2);
    expect(page.next).toBe('1');
    expect(page.events[0]).toEqual({
      eventId: expect.any(String),
      type: 'CustomerRegistered',
      revision: '0',
      position: expect.stringMatching(/^\d+-\d+$/),
      schemaVersion: 1,
      occurredAt: expect.any(String),
      recordedAt: expect.any(String),
      data: expect.objectContaining({ customerId: id }),
      metadata: expect.objectContaining({ eventId: page.events[0].eventId, revision: '0', previousHash: null, hash: expect.any(String) }),
    });
    expect(page.events[1]).toMatchObject({ type: 'CallLogged', revision: '1', occurredAt: '2026-03-02T10:01:00.000Z' });
    const second = (await get(`/customers/${id}/history?after=1&limit=2`)).json();
    expect(second.events.map((event: { revision: string }) => event.revision)).toEqual(['2', '3']);
    const last = (await get(`/customers/${id}/history?after=${second.next}`)).json();
    expect(last).toEqual({ events: [expect.objectContaining({ revision: '4' })], next: null });
    const all = (await get(`/customers/${id}/history`)).json();
    expect(all.events.map((event: { revision: string }) => event.revision)).toEqual(['0', '1', '2', '3', '4']);
    expect(all.events[2].metadata.previousHash).toBe(all.events[1].metadata.hash);
  });

  it('records every read of a person’s history or state in the access log: who, when and why', async () => {
    const id = await register();
    const before = Date.now();
    const history = await api.request({ method: 'GET', url: `/customers/${id}/history`, headers: { 'x-access-reason': 'caller asked about an order' } });
    expect(history.statusCode).toBe(200);
    expect((await get(`/customers/${id}/state?reason=complaint%2042`)).statusCode).toBe(200);
    expect((await get(`/customers/${id}`)).statusCode).toBe(200);
    const after = Date.now();

    const access = await get(`/audit/access?customer=${id}`, 'compliance');
    expect(access.statusCode).toBe(200);
    const reader = { actorId: api.operatorStaffId, actorRole: 'operator', subjectKind: 'customer', subjectId: id };
    const { entries } = access.json();
    expect(entries).toEqual([
      expect.objectContaining({ ...reader, action: 'history', route: 'GET /customers/:id/history', reason: 'caller asked about an order' }),
      expect.objectContaining({ ...reader, action: 'state', route: 'GET /customers/:id/state', reason: 'complaint 42' }),
      expect.objectContaining({ ...reader, action: 'state', route: 'GET /customers/:id', reason: null }),
    ]);
    for (const { accessedAt } of entries) {
      expect(Date.parse(accessedAt)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(accessedAt)).toBeLessThanOrEqual(after);
    }
  });

  it('refuses bad paging with 400, and answers 404 for an unknown customer', async () => {
    const id = await register();
    const bad = await get(`/customers/${id}/history?after=-1&limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((error: { field: string }) => error.field)).toEqual(['after', 'limit']);
    expect((await get(`/customers/${id}/history?limit=5000`)).statusCode).toBe(400);
    expect((await get(`/customers/${randomUUID()}/history`)).statusCode).toBe(404);
    expect((await get(`/customers/${randomUUID()}/history?after=3`)).statusCode).toBe(404);
    expect((await get(`/customers/${id}/history?after=3`)).json()).toEqual({ events: [], next: null });
  });

  it('reads a CallLogged written by schema v1 as today’s v2, through the upcaster', async () => {
    const id = await register();
    await api.databases.eventStore.appendToStream(customerStreamName(id), [
      {
        id: randomUUID(),
        type: 'CallLogged',
        data: { customerId: id, occurredAt: '2025-06-01T09:00:00.000Z', channel: 'phone', direction: 'inbound', durationMinutes: 4, result: 'voicemail' },
        metadata: { schemaVersion: 1, occurredAt: '2025-06-01T09:00:00.000Z' },
      },
    ]);
    const [, v1Call] = (await get(`/customers/${id}/history`)).json().events;
    expect(v1Call).toMatchObject({
      type: 'CallLogged',
      schemaVersion: 2,
      data: { customerId: id, direction: 'inbound', durationSeconds: 240, outcome: 'voicemail' },
      metadata: { schemaVersion: 1 },
    });
    expect(v1Call.data).not.toHaveProperty('durationMinutes');
    expect(v1Call.data).not.toHaveProperty('result');
    // and the deciders see it too: the next touch folds over it
    const next = await api.request({ method: 'POST', url: `/customers/${id}/touches`, payload: call('2026-03-02T10:00:00Z') });
    expect(next.json().revision).toBe(2);
    expect((await get(`/customers/${id}`)).json().touches).toEqual({ total: 2, byType: { CallLogged: 2 } });
  });

  it('folds the state from the events recorded up to asOf', async () => {
    const id = await register();
    const [registered] = (await get(`/customers/${id}/history`)).json().events;
    await api.request({ method: 'POST', url: `/customers/${id}/touches`, payload: call('2026-03-02T10:00:00Z') });
    const afterCall = (await get(`/customers/${id}/history`)).json().events[1];
    await api.request({ method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Ada King' } });

    const then = await get(`/customers/${id}/state?asOf=${encodeURIComponent(registered.recordedAt)}`);
    expect(then.statusCode).toBe(200);
    expect(then.json()).toMatchObject({ status: 'active', revision: '0', personal: { name: 'Ada Lovelace' }, touches: { total: 0 } });
    const later = (await get(`/customers/${id}/state?asOf=${encodeURIComponent(afterCall.recordedAt)}`)).json();
    expect(later).toMatchObject({ revision: '1', personal: { name: 'Ada Lovelace' }, touches: { total: 1 } });
    expect((await get(`/customers/${id}/state`)).json()).toMatchObject({ revision: '2', personal: { name: 'Ada King' } });
    expect((await get(`/customers/${id}/state?asOf=2000-01-01T00:00:00Z`)).json()).toEqual({ status: 'unknown', revision: null });
  });

  it('folds the state from the events that had happened by validAt, late ones included, as recorded up to asOf', async () => {
    const registered = await api.request({
      method: 'POST',
      url: '/customers',
      payload: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com', occurredAt: '2026-01-10T09:00:00Z' },
    });
    const id = registered.json().id;
    await api.request({ method: 'POST', url: `/customers/${id}/touches`, payload: call('2026-05-02T10:00:00Z') });
    const beforeLate = (await get(`/customers/${id}/history`)).json().events[1].recordedAt;
    // Recorded now, happened in March: a late event re-dates the past on the validAt axis only.
    await api.request({ method: 'POST', url: `/customers/${id}/touches`, payload: call('2026-03-02T10:00:00Z') });
    const state = async (query: string) => (await get(`/customers/${id}/state?${query}`)).json();

    expect(await state('validAt=2026-01-01T00:00:00Z')).toEqual({ status: 'unknown', revision: null });
    expect(await state('validAt=2026-02-01T00:00:00Z')).toMatchObject({ status: 'active', revision: '0', touches: { total: 0 } });
    expect(await state('validAt=2026-04-01T00:00:00Z')).toMatchObject({ revision: '2', touches: { total: 1 }, lastTouchAt: '2026-03-02T10:00:00.000Z' });
    expect(await state('validAt=2026-06-01T00:00:00Z')).toMatchObject({ revision: '2', touches: { total: 2 } });
    // What the CRM said, before the late call was recorded, about how things stood on 1 April.
    expect(await state(`validAt=2026-04-01T00:00:00Z&asOf=${encodeURIComponent(beforeLate)}`)).toMatchObject({ revision: '0', touches: { total: 0 } });
    const bad = await get(`/customers/${id}/state?validAt=last-spring`);
    expect([bad.statusCode, bad.json().errors]).toEqual([400, [{ field: 'validAt', reason: expect.stringContaining('ISO 8601') }]]);
  });

  it('refuses a malformed asOf, and lets compliance read but not analysts', async () => {
    const id = await register();
    const bad = await get(`/customers/${id}/state?asOf=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'asOf', reason: expect.stringContaining('ISO 8601') }]);
    expect((await get(`/customers/${id}/state`, 'compliance')).statusCode).toBe(200);
    expect((await get(`/customers/${id}/history`, 'compliance')).statusCode).toBe(200);
    expect((await get(`/customers/${id}/history`, 'analyst')).statusCode).toBe(403);
    expect((await get(`/customers/${id}/state`, null)).statusCode).toBe(401);
  });

  it('answered everything as the OpenAPI document says', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});
