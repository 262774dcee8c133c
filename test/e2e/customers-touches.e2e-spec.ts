import { randomUUID } from 'node:crypto';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';

const at = '2026-03-02T10:00:00Z';

/** One valid body per touch type, with the event it records. */
const touches: [body: Record<string, unknown>, eventType: string][] = [
  [{ type: 'call', occurredAt: at, channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached' }, 'CallLogged'],
  [{ type: 'visit', occurredAt: at, place: 'Barcelona store', attendees: ['Ada'], purpose: 'fitting' }, 'VisitRecorded'],
  [{ type: 'email', occurredAt: at, direction: 'inbound', subject: 'Question about my order' }, 'EmailLogged'],
  [{ type: 'purchase', occurredAt: at, orderId: 'O-1', currency: 'EUR', lines: [{ sku: 'X1', quantity: 2, unitPrice: 1500 }], amount: 3000, cost: 1800 }, 'PurchaseRecorded'],
  [{ type: 'purchase-cancelled', occurredAt: at, orderId: 'O-1', currency: 'EUR', amount: 1500 }, 'PurchaseCancelled'],
  [{ type: 'complaint', occurredAt: at, complaintId: 'K-1', category: 'delivery', severity: 'high', description: 'Arrived late' }, 'ComplaintFiled'],
  [{ type: 'complaint-resolved', occurredAt: at, complaintId: 'K-1', resolution: 'Refunded shipping' }, 'ComplaintResolved'],
  [{ type: 'survey', occurredAt: at, surveyId: 'nps-q1', score: 9, comment: 'Great' }, 'SurveyAnswered'],
  [{ type: 'promotion-sent', occurredAt: at, channel: 'store', campaignId: 'spring', promotionId: 'p1' }, 'PromotionSent'],
  [{ type: 'promotion-answered', occurredAt: at, channel: 'store', campaignId: 'spring', promotionId: 'p1', response: 'accepted' }, 'PromotionAnswered'],
  [{ type: 'service-usage', occurredAt: at, service: 'repair', quantity: 1.5 }, 'ServiceUsed'],
  [{ type: 'note', occurredAt: at, channel: 'internal', text: 'Prefers mornings' }, 'NoteAdded'],
  [{ type: 'task-scheduled', occurredAt: at, taskId: 'T-1', title: 'Call back', dueAt: '2026-03-05T09:00:00Z' }, 'TaskScheduled'],
  [{ type: 'task-completed', occurredAt: at, taskId: 'T-1' }, 'TaskCompleted'],
  [{ type: 'lead', occurredAt: at, form: 'fair-2026', source: 'fair', interest: 'fleet' }, 'LeadCaptured'],
];

describe('POST /customers/:id/touches', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('e2e_touches');
  });

  afterAll(() => api.close());

  const streamOf = (customerId: string) => api.streamOf(customerStreamName(customerId));

  async function register(): Promise<string> {
    const response = await api.request({ method: 'POST', url: '/customers', payload: { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' } });
    return response.json().id;
  }

  const touch = (customerId: string, payload: object, role?: 'operator' | 'analyst' | null) =>
    api.request({ method: 'POST', url: `/customers/${customerId}/touches`, payload, role });

  it('records a call with the contract’s answer', async () => {
    const id = await register();
    const response = await touch(id, touches[0][0]);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ eventId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 1, position: expect.stringMatching(/^\d+-\d+$/) });
    const [, call] = await streamOf(id);
    expect(call).toMatchObject({
      id: response.json().eventId,
      type: 'CallLogged',
      data: { customerId: id, occurredAt: '2026-03-02T10:00:00.000Z', channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached' },
      metadata: { schemaVersion: 2, occurredAt: '2026-03-02T10:00:00.000Z', channel: 'phone', actor: { id: api.operatorStaffId, role: 'operator' } },
    });
  });

  it('records every touch type, one after another, each selecting its own fields', async () => {
    const id = await register();
    for (const [index, [body, eventType]] of touches.entries()) {
      const response = await touch(id, body);
      expect({ type: body.type, status: response.statusCode, body: response.json() }).toEqual({
        type: body.type,
        status: 201,
        body: { eventId: expect.any(String), revision: index + 1, position: expect.any(String) },
      });
      const events = await streamOf(id);
      expect(events[index + 1].type).toBe(eventType);
    }
    const state = (await api.request({ method: 'GET', url: `/customers/${id}` })).json();
    expect(state).toMatchObject({
      complaints: { 'K-1': { status: 'resolved' } },
      tasks: { 'T-1': { status: 'completed' } },
      purchaseTotals: { EUR: 1500 },
      touches: { total: touches.length },
    });
  });

  it('names a complaint or task by the answer’s eventId when no id was given', async () => {
    const id = await register();
    const filed = await touch(id, { type: 'complaint', occurredAt: at, category: 'delivery', severity: 'high', description: 'Box was damaged' });
    expect(filed.statusCode).toBe(201);
    const complaintId = filed.json().eventId;
    const resolved = await touch(id, { type: 'complaint-resolved', complaintId, resolution: 'Replaced' });
    expect(resolved.statusCode).toBe(201);
    const [, complaint] = await streamOf(id);
    expect(complaint.data).toMatchObject({ complaintId, channel: 'other', personal: { description: 'Box was damaged' } });
  });

  it('uses the touch type’s usual channel when none is given', async () => {
    const id = await register();
    await touch(id, { type: 'purchase', occurredAt: at, currency: 'EUR', lines: [{ sku: 'X1', quantity: 2, unitPrice: 1500 }], amount: 3000, cost: 1800 });
    const [, purchase] = await streamOf(id);
    expect(purchase.data).toMatchObject({ channel: 'store', amount: 3000, cost: 1800, orderId: null, lines: [{ sku: 'X1', description: null, quantity: 2, unitPrice: 1500 }] });
  });

  describe('refuses bad input with 400 naming each field, appending nothing', () => {
    const call = touches[0][0];
    it.each([
      ['an unknown type', { ...call, type: 'telegram' }, [{ field: 'type', reason: expect.stringContaining('call, visit') }]],
      ['no type at all', { occurredAt: at }, [{ field: 'type', reason: expect.stringContaining('must be one of') }]],
      ['a field of another touch type', { ...call, currency: 'EUR' }, [{ field: 'currency', reason: 'should not exist' }]],
      ['a negative duration', { ...call, durationSeconds: -5 }, [{ field: 'durationSeconds', reason: 'must be at least 0' }]],
      ['a duration of the wrong type', { ...call, durationSeconds: '300' }, [{ field: 'durationSeconds', reason: expect.stringContaining('integer') }]],
      ['a time far in the future', { ...call, occurredAt: '2999-01-01T00:00:00Z' }, [{ field: 'occurredAt', reason: expect.stringContaining('future') }]],
      ['a time without an offset', { ...call, occurredAt: '2026-03-02T10:00:00' }, [{ field: 'occurredAt', reason: expect.stringContaining('offset') }]],
      ['an unknown currency', { ...touches[3][0], orderId: 'O-9', currency: 'XYZ' }, [{ field: 'currency', reason: expect.stringContaining('ISO 4217') }]],
      ['an amount that is not the sum of its lines', { ...touches[3][0], orderId: 'O-9', amount: 2999 }, [{ field: 'amount', reason: expect.stringContaining('3000') }]],
      ['a bad line', { ...touches[3][0], lines: [{ sku: 'X1', quantity: 2 }] }, [{ field: 'lines[0].unitPrice', reason: expect.stringContaining('integer') }]],
    ])('%s', async (_case, body, errors) => {
      const id = await register();
      const before = await api.eventCount();
      const response = await touch(id, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ statusCode: 400, message: expect.any(String), errors });
      expect(await api.eventCount()).toBe(before);
    });
  });

  it('answers 409 with the rule’s name when the state forbids the touch, appending nothing', async () => {
    const id = await register();
    const before = await api.eventCount();
    const neverFiled = await touch(id, { type: 'complaint-resolved', complaintId: 'K-404', resolution: 'n/a' });
    expect(neverFiled.statusCode).toBe(409);
    expect(neverFiled.json()).toEqual({ statusCode: 409, message: expect.any(String), rule: 'complaint-not-filed' });
    const noConsent = await touch(id, { type: 'promotion-sent', channel: 'email', campaignId: 'spring', promotionId: 'p1' });
    expect(noConsent.json()).toMatchObject({ statusCode: 409, rule: 'consent-required' });
    expect(await api.eventCount()).toBe(before);
  });

  it('answers 404 for an unknown customer and checks roles', async () => {
    const before = await api.eventCount();
    expect((await touch(randomUUID(), touches[0][0])).statusCode).toBe(404);
    const id = await register();
    expect((await touch(id, touches[0][0], null)).statusCode).toBe(401);
    expect((await touch(id, touches[0][0], 'analyst')).statusCode).toBe(403);
    expect(await api.eventCount()).toBe(before + 1);
  });
});
