import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { parsePosition } from '#crm/event-store';
import { ProjectionRunner } from '#crm/projection-runner';
import { startTestApp, type TestApp } from '#test/support/app';
import { answersBreakingContract } from '#test/support/openapi-contract';
import { startThreeApps, type ThreeApps } from '#test/support/three-apps';

jest.setTimeout(120_000);

const at = '2026-03-02T10:00:00Z';

type Inject = (method: 'GET' | 'POST', url: string, payload?: object) => Promise<{ statusCode: number; json(): any }>;

/** A customer with an owner and a call, a purchase and a note; `lastPosition`: the log position of the last write. */
function customerWithTouches(inject: Inject) {
  const record = {
    customerId: '',
    ownerId: '',
    touches: { call: '', purchase: '', note: '' },
    lastPosition: '',
    async post(url: string, payload: object) {
      const response = await inject('POST', url, payload);
      if (response.statusCode === 201) record.lastPosition = response.json().position ?? response.json().events?.at(-1)?.position ?? record.lastPosition;
      return response;
    },
    url: (eventId: string, action: 'void' | 'correct') => `/customers/${record.customerId}/touches/${eventId}/${action}`,
    async create() {
      record.ownerId = (await record.post('/staff', { name: 'Sam Seller', email: 'sam@example.com' })).json().id;
      record.customerId = (
        await record.post('/customers', { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com', ownerId: record.ownerId })
      ).json().id;
      const touch = async (body: object) => (await record.post(`/customers/${record.customerId}/touches`, body)).json().eventId as string;
      record.touches.call = await touch({ type: 'call', occurredAt: at, direction: 'outbound', durationSeconds: 300, outcome: 'reached' });
      record.touches.purchase = await touch({ type: 'purchase', occurredAt: at, orderId: 'O-1', currency: 'EUR', amount: 5000 });
      record.touches.note = await touch({ type: 'note', occurredAt: at, text: 'Prefers mornings' });
    },
    /** The corrections every test below starts from. */
    async amend() {
      await record.post(record.url(record.touches.call, 'correct'), { durationSeconds: 900 });
      await record.post(record.url(record.touches.purchase, 'void'), { reason: 'entered on the wrong customer' });
      await record.post(record.url(record.touches.note, 'correct'), { text: 'Prefers afternoons' });
    },
  };
  return record;
}

describe('POST /customers/:id/touches/:eventId/void and /correct', () => {
  let api: TestApp;
  let crm: ReturnType<typeof customerWithTouches>;
  const request: Inject = (method, url, payload) => api.request({ method, url, payload, role: url === '/staff' ? 'admin' : 'operator' });

  beforeAll(async () => {
    api = await startTestApp('e2e_corrections');
    crm = customerWithTouches(request);
    await crm.create();
  });

  afterAll(() => api.close());

  it('refuses an unknown touch (404), a path id that is not a UUID (400) and a field the touch does not have (400), appending nothing', async () => {
    const unknown = await crm.post(crm.url('00000000-0000-4000-8000-000000000bad', 'void'), { reason: 'twice' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('touch');
    const malformed = await crm.post(crm.url('not-a-uuid', 'void'), { reason: 'twice' });
    expect(malformed.json()).toMatchObject({ statusCode: 400, errors: [{ field: 'eventId', reason: 'must be a UUID' }] });
    const foreign = await crm.post(crm.url(crm.touches.call, 'correct'), { text: 'a call has no text' });
    expect(foreign.json()).toMatchObject({ statusCode: 400, errors: [{ field: 'text', reason: 'is not a field a correction of CallLogged can change' }] });
    const identity = await crm.post(crm.url(crm.touches.purchase, 'correct'), { orderId: 'O-2' });
    expect(identity.json()).toMatchObject({ statusCode: 400, errors: [{ field: 'orderId' }] });
    const empty = await crm.post(crm.url(crm.touches.call, 'correct'), {});
    expect(empty.json()).toMatchObject({ statusCode: 400, errors: [{ field: 'body' }] });
    const noReason = await crm.post(crm.url(crm.touches.call, 'void'), {});
    expect(noReason.json()).toMatchObject({ statusCode: 400, errors: [expect.objectContaining({ field: 'reason' })] });
    const history = await request('GET', `/customers/${crm.customerId}/history`);
    expect(history.json().events.map((event: { type: string }) => event.type)).toEqual(['CustomerRegistered', 'CallLogged', 'PurchaseRecorded', 'NoteAdded']);
  });

  it('corrects a call and a note and voids a purchase: the history keeps the originals, the state moves', async () => {
    const corrected = await crm.post(crm.url(crm.touches.call, 'correct'), { durationSeconds: 900 });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json()).toEqual({ id: crm.customerId, revision: 4, events: [expect.objectContaining({ type: 'TouchCorrected', revision: 4 })] });
    const voided = await crm.post(crm.url(crm.touches.purchase, 'void'), { reason: 'entered on the wrong customer' });
    expect(voided.json()).toMatchObject({ id: crm.customerId, events: [{ type: 'TouchVoided' }] });
    expect((await crm.post(crm.url(crm.touches.note, 'correct'), { text: 'Prefers afternoons' })).statusCode).toBe(201);
    const unchanged = await crm.post(crm.url(crm.touches.note, 'correct'), { text: 'Prefers afternoons' });
    expect(unchanged.json()).toEqual({ id: crm.customerId, revision: 6, events: [] });

    const history = (await request('GET', `/customers/${crm.customerId}/history`)).json().events;
    const original = (eventId: string) => history.find((event: { eventId: string }) => event.eventId === eventId);
    expect(original(crm.touches.call).data.durationSeconds).toBe(300);
    expect(original(crm.touches.purchase).type).toBe('PurchaseRecorded');
    expect(original(crm.touches.note).data.personal.text).toBe('Prefers mornings');
    expect(history.at(-1).data).toMatchObject({ touchEventId: crm.touches.note, fields: ['text'], personal: { text: 'Prefers afternoons' } });
    const state = (await request('GET', `/customers/${crm.customerId}`)).json();
    expect(state).toMatchObject({
      purchaseTotals: { EUR: 0 },
      touches: { total: 2 },
      amendedTouches: { [crm.touches.purchase]: { voided: true, corrections: 0 } },
    });
  });

  it('refuses voiding twice and correcting a voided touch (409)', async () => {
    const again = await crm.post(crm.url(crm.touches.purchase, 'void'), { reason: 'still wrong' });
    expect(again.json()).toMatchObject({ statusCode: 409, rule: 'touch-already-voided' });
    const correction = await crm.post(crm.url(crm.touches.purchase, 'correct'), { amount: 100 });
    expect(correction.json()).toMatchObject({ statusCode: 409, rule: 'touch-voided' });
  });

  it('answered within the OpenAPI contract', async () => {
    expect(await answersBreakingContract(api)).toEqual([]);
  });
});

describe('read models after a void and corrections', () => {
  let apps: ThreeApps;
  let crm: ReturnType<typeof customerWithTouches>;
  const request: Inject = (method, url, payload) => apps.api.inject({ method, url, payload, headers: { 'x-api-key': apps.key } });

  beforeAll(async () => {
    apps = await startThreeApps('corrections', {});
    crm = customerWithTouches(request);
    await crm.create();
    await crm.amend();
    const runner = apps.projector.get(ProjectionRunner);
    await Promise.all(['timeline', 'analytics'].map((name) => runner.waitFor(name, parsePosition(crm.lastPosition))));
  });

  afterAll(() => apps?.close());

  it('shows the corrected call and note and the voided purchase in the timeline', async () => {
    const timeline = (await request('GET', `/customers/${crm.customerId}/timeline`)).json().items;
    const entry = (eventId: string) => timeline.find((item: { eventId: string }) => item.eventId === eventId);
    expect(entry(crm.touches.call)).toMatchObject({ summary: 'Outbound call, 15 min, reached', amendment: 'corrected' });
    expect(entry(crm.touches.purchase)).toMatchObject({ summary: 'Purchase 50.00 EUR', amendment: 'voided' });
    expect(entry(crm.touches.note)).toMatchObject({ amendment: 'corrected' });
  });

  it('takes the voided purchase out of revenue and counts the corrected call time for its salesperson', async () => {
    const sales = (await request('GET', '/analytics/salespeople')).json();
    expect(sales.salespeople).toEqual([expect.objectContaining({ staffId: crm.ownerId, touches: 2, callSeconds: 900 })]);
    const customers = (await request('GET', '/analytics/customers?currency=EUR')).json().customers;
    const row = customers.find((line: { customerId: string }) => line.customerId === crm.customerId);
    expect(row ?? { revenue: 0, purchases: 0 }).toMatchObject({ revenue: 0, purchases: 0 });
  });
});
