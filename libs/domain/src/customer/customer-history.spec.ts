import { customerId, customerRegistered, nowIso, otherStaffId } from '../testing/fixtures.js';
import type { RecordedDomainEvent } from '../shared/fold.js';
import { customerHistoryState } from './customer-history.js';
import { customerDecider } from './customer.decide.js';
import type { CustomerEvent } from './customer.events.js';
import { presentCustomerState, type ActiveCustomer, type PresentedCustomerState } from './customer.state.js';

const recordedAt = (iso: string) => (event: CustomerEvent): RecordedDomainEvent => ({ ...event, recordedAt: new Date(iso) });

const history: RecordedDomainEvent[] = [
  recordedAt('2025-01-01T09:00:00Z')(customerRegistered),
  recordedAt('2025-01-02T09:00:00Z')({
    type: 'ConsentGiven',
    data: { customerId, channel: 'email', legalBasis: 'consent', source: 'web-form', textVersion: 'v2', occurredAt: '2025-01-02T08:00:00.000Z' },
  }),
  recordedAt('2025-01-03T09:00:00Z')({
    type: 'CallLogged',
    data: { customerId, occurredAt: '2025-01-03T08:00:00.000Z', channel: 'phone', direction: 'outbound', durationSeconds: 120, outcome: 'reached' },
  }),
  recordedAt('2025-01-04T09:00:00Z')({
    type: 'PurchaseRecorded',
    data: { customerId, occurredAt: '2025-01-04T08:00:00.000Z', channel: 'store', orderId: 'O-1', lines: [], amount: 5000, cost: null, currency: 'EUR' },
  }),
  // Back-filled: it happened before the call, but the CRM learnt of it only on the 5th.
  recordedAt('2025-01-05T09:00:00Z')({
    type: 'PurchaseRecorded',
    data: { customerId, occurredAt: '2024-12-01T08:00:00.000Z', channel: 'web', orderId: null, lines: [], amount: 700, cost: 300, currency: 'USD' },
  }),
  recordedAt('2025-01-06T09:00:00Z')({
    type: 'PurchaseCancelled',
    data: { customerId, occurredAt: '2025-01-06T08:00:00.000Z', channel: 'store', orderId: 'O-1', lines: [], amount: 1500, currency: 'EUR' },
  }),
  recordedAt('2025-01-07T09:00:00Z')({
    type: 'ComplaintFiled',
    data: { customerId, occurredAt: '2025-01-07T08:00:00.000Z', channel: 'phone', complaintId: 'C-1', category: 'billing', severity: 'medium', personal: { description: 'Charged twice' } },
  }),
  recordedAt('2025-01-08T09:00:00Z')({
    type: 'TaskScheduled',
    data: { customerId, occurredAt: '2025-01-08T08:00:00.000Z', channel: 'internal', taskId: 'T-1', dueAt: '2025-01-10T09:00:00.000Z', assigneeId: otherStaffId, personal: { title: 'Refund' } },
  }),
  recordedAt('2025-01-09T09:00:00Z')({
    type: 'ComplaintResolved',
    data: { customerId, occurredAt: '2025-01-09T08:00:00.000Z', channel: 'email', complaintId: 'C-1', personal: { resolution: 'Refunded' } },
  }),
  recordedAt('2025-01-10T09:00:00Z')({ type: 'CustomerOwnerAssigned', data: { customerId, ownerId: otherStaffId, previousOwnerId: null } }),
  recordedAt('2025-01-11T09:00:00Z')({ type: 'CustomerAttributesChanged', data: { customerId, set: { vip: true }, unset: ['segment'] } }),
];

describe('customer history state', () => {
  it('folds the whole stream into the current state', () => {
    const state = presentCustomerState(customerHistoryState(history)) as Extract<PresentedCustomerState, { status: 'active' }>;
    expect(state).toMatchObject({
      status: 'active',
      ownerId: otherStaffId,
      attributes: { vip: true },
      personal: { name: 'Ada Lovelace' },
      consents: { email: { status: 'given', legalBasis: 'consent', textVersion: 'v2', at: '2025-01-02T08:00:00.000Z' } },
      complaints: { 'C-1': { status: 'resolved', resolvedAt: '2025-01-09T08:00:00.000Z', category: 'billing' } },
      tasks: { 'T-1': { status: 'open', title: 'Refund', dueAt: '2025-01-10T09:00:00.000Z' } },
      orders: { 'O-1': { amount: 5000, cancelledAmount: 1500, currency: 'EUR' } },
      touches: {
        total: 7,
        byType: { CallLogged: 1, PurchaseRecorded: 2, PurchaseCancelled: 1, ComplaintFiled: 1, TaskScheduled: 1, ComplaintResolved: 1 },
      },
      purchaseTotals: { EUR: 3500, USD: 700 },
      lastTouchAt: '2025-01-09T08:00:00.000Z',
    });
    expect(state.attributes).not.toHaveProperty('segment');
  });

  it('shows what the CRM knew at an instant: events recorded up to it, whatever their business time', () => {
    const onTheFourth = customerHistoryState(history, new Date('2025-01-04T12:00:00Z')) as ActiveCustomer;
    expect(onTheFourth.purchaseTotals).toEqual({ EUR: 5000 });
    expect(onTheFourth.touches.total).toBe(2);
    expect(onTheFourth.ownerId).toBe(customerRegistered.data.ownerId);

    const onTheFifth = customerHistoryState(history, new Date('2025-01-05T09:00:00Z')) as ActiveCustomer;
    expect(onTheFifth.purchaseTotals).toEqual({ EUR: 5000, USD: 700 });
    expect(onTheFifth.lastTouchAt).toBe('2025-01-04T08:00:00.000Z');
  });

  it('is unknown before the customer was registered', () => {
    expect(customerHistoryState(history, new Date('2024-12-31T00:00:00Z'))).toEqual({ status: 'unknown' });
  });

  it('keeps no personal data once erased', () => {
    const erased = recordedAt('2025-01-12T09:00:00Z')({ type: 'CustomerErased', data: { customerId, occurredAt: nowIso } });
    expect(customerHistoryState([...history, erased])).toEqual({ status: 'erased', customerId, erasedAt: nowIso });
  });
});

describe('customer history state of a person whose key was destroyed', () => {
  // Decoding gives the marker in place of every personal object once the key is gone.
  const unreadable = { personal: '[erased]' } as unknown as { personal: never };

  it('treats the marker as absent personal data, and still applies the rest of each event', () => {
    // Given
    const events: RecordedDomainEvent[] = [
      recordedAt('2025-01-01T09:00:00Z')({ ...customerRegistered, data: { ...customerRegistered.data, ...unreadable } }),
      recordedAt('2025-01-02T09:00:00Z')({ type: 'CustomerDetailsChanged', data: { customerId, source: 'store', ...unreadable } }),
    ];
    // When
    const state = customerHistoryState(events) as ActiveCustomer;
    // Then
    expect(state).toMatchObject({ status: 'active', source: 'store', personal: {} });
    expect(Object.keys(state.personal)).toEqual([]);
  });
});

describe('customer evolve', () => {
  it('ignores event types it does not know', () => {
    const state = customerHistoryState(history);
    const unknown = { type: 'CustomerTeleported', data: { customerId, to: 'Mars' } } as unknown as CustomerEvent;
    expect(customerDecider.evolve(state, unknown)).toBe(state);
    expect(customerDecider.evolve(customerDecider.initialState, unknown)).toBe(customerDecider.initialState);
  });

  it('survives events in an order no decider would produce', () => {
    const reversed = [...history].reverse().map(({ recordedAt: _, ...event }) => event as CustomerEvent);
    const state = reversed.reduce(customerDecider.evolve, customerDecider.initialState) as ActiveCustomer;
    expect(state.status).toBe('active');
    expect(state.touches.total).toBe(0);
  });

  it('ignores resolutions and completions of things it never saw', () => {
    const events: CustomerEvent[] = [
      customerRegistered,
      { type: 'ComplaintResolved', data: { customerId, occurredAt: nowIso, channel: 'email', complaintId: 'nope', personal: { resolution: 'x' } } },
      { type: 'TaskCompleted', data: { customerId, occurredAt: nowIso, channel: 'email', taskId: 'nope' } },
    ];
    const state = events.reduce(customerDecider.evolve, customerDecider.initialState) as ActiveCustomer;
    expect(state.complaints).toEqual({});
    expect(state.tasks).toEqual({});
    expect(state.touches.total).toBe(2);
  });
});
