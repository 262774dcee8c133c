import { NotFoundError, RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, minutesFromNow, nowIso, organizationId } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { CustomerEvent } from '../customer.events.js';
import { evolveCustomer, initialCustomerState, type ActiveCustomer } from '../customer.state.js';
import type { CallLogged, NoteAdded, PurchaseCancelled, PurchaseRecorded, TouchEvent } from '../touches/touch.events.js';
import type { CorrectTouch, VoidTouch } from './correction.commands.js';
import { touchFacts, type TouchCorrected, type TouchVoided } from './correction.events.js';

const given = deciderSpec(customerDecider);
const at = '2025-02-01T09:00:00.000Z';
const touchEventId = 'a0a0a0a0-0000-4000-8000-000000000001';

const call: CallLogged = {
  type: 'CallLogged',
  data: { customerId, occurredAt: at, channel: 'phone', direction: 'outbound', durationSeconds: 300, outcome: 'reached' },
};
const note: NoteAdded = { type: 'NoteAdded', data: { customerId, occurredAt: at, channel: 'internal', personal: { text: 'Wants a quote' } } };
const purchase: PurchaseRecorded = {
  type: 'PurchaseRecorded',
  data: { customerId, occurredAt: at, channel: 'store', orderId: 'O-1', lines: [], amount: 5000, cost: null, currency: 'EUR' },
};
const cancellation: PurchaseCancelled = {
  type: 'PurchaseCancelled',
  data: { customerId, occurredAt: at, channel: 'store', orderId: 'O-1', lines: [], amount: 1000, currency: 'EUR' },
};

const voidTouch = (touch: TouchEvent | null, data: Partial<VoidTouch['data']> = {}): VoidTouch => ({
  type: 'VoidTouch',
  data: { customerId, touchEventId, reason: 'logged on the wrong customer', onRecord: touch && { touch, corrections: 0 }, ...data },
  metadata,
});
const correctTouch = (touch: TouchEvent | null, fields: Record<string, unknown>, corrections = 0): CorrectTouch => ({
  type: 'CorrectTouch',
  data: { customerId, touchEventId, fields, onRecord: touch && { touch, corrections } },
  metadata,
});

const voided = (touch: TouchEvent): TouchVoided => ({
  type: 'TouchVoided',
  data: { customerId, touchEventId, occurredAt: nowIso, voided: touchFacts(touch), personal: { reason: 'logged on the wrong customer' } },
});

const fold = (events: CustomerEvent[]) => events.reduce(evolveCustomer, initialCustomerState) as ActiveCustomer;

describe('VoidTouch', () => {
  it('records the void with the touch as it stood, the reason kept as personal data', () => {
    given([customerRegistered, call])
      .when(voidTouch(call, { reason: '  logged on the wrong customer ' }))
      .then([voided(call)]);
  });

  it('refuses a touch the customer never had (404)', () => {
    given([customerRegistered]).when(voidTouch(null)).thenThrows(NotFoundError, { entity: 'touch', id: touchEventId });
  });

  it('refuses a touch already voided (409)', () => {
    given([customerRegistered, call, voided(call)])
      .when(voidTouch(call))
      .thenThrows(RuleViolation, { rule: 'touch-already-voided' });
  });

  it('refuses an empty reason, naming it', () => {
    given([customerRegistered, call])
      .when(voidTouch(call, { reason: ' ' }))
      .thenThrows(ValidationError, { errors: [{ field: 'reason', reason: expect.any(String) }] });
  });

  it('refuses a purchase that was cancelled in part until the cancellation is voided', () => {
    given([customerRegistered, purchase, cancellation]).when(voidTouch(purchase)).thenThrows(RuleViolation, { rule: 'purchase-has-cancellations' });
  });

  it('voids a cancellation, which gives the order its amount back', () => {
    const state = fold([customerRegistered, purchase, cancellation, voided(cancellation)]);
    expect(state.purchaseTotals).toEqual({ EUR: 5000 });
    given([customerRegistered, purchase, cancellation, voided(cancellation)])
      .when(voidTouch(purchase, { touchEventId: 'other' }))
      .then([expect.objectContaining({ type: 'TouchVoided' })]);
  });

  it('takes a voided purchase out of the totals, the order book and the touch counts', () => {
    const state = fold([customerRegistered, purchase, voided(purchase)]);
    expect(state.purchaseTotals).toEqual({ EUR: 0 });
    expect(state.touches).toEqual({ total: 0, byType: { PurchaseRecorded: 0 } });
    expect(state.amendedTouches).toEqual({ [touchEventId]: { voided: true, corrections: 0 } });
    given([customerRegistered, purchase, voided(purchase)])
      .when({ type: 'RecordPurchase', data: { ...purchase.data }, metadata })
      .then([expect.objectContaining({ type: 'PurchaseRecorded' })]);
  });

  it('voids and corrects a touch of a record merged into another: the survivor reads its history', () => {
    const absorbed: CustomerEvent = { type: 'CustomerAbsorbed', data: { customerId, survivorId: organizationId, occurredAt: nowIso } };
    given([customerRegistered, call, absorbed]).when(voidTouch(call)).then([voided(call)]);
    given([customerRegistered, call, absorbed])
      .when(correctTouch(call, { durationSeconds: 420 }))
      .then([expect.objectContaining({ type: 'TouchCorrected' }) as never]);
  });

  it('refuses a touch of an erased customer', () => {
    given([customerRegistered, call, { type: 'CustomerErased', data: { customerId, occurredAt: nowIso } }])
      .when(voidTouch(call))
      .thenThrows(RuleViolation, { rule: 'customer-erased' });
  });
});

describe('CorrectTouch', () => {
  it('records the changed fields with the touch before and after', () => {
    given([customerRegistered, call])
      .when(correctTouch(call, { durationSeconds: 420, outcome: 'reached' }))
      .then([
        {
          type: 'TouchCorrected',
          data: {
            customerId,
            touchEventId,
            occurredAt: nowIso,
            fields: ['durationSeconds'],
            previous: touchFacts(call),
            corrected: { type: 'CallLogged', data: { ...call.data, durationSeconds: 420 } },
            personal: {},
          },
        },
      ]);
  });

  it('keeps a corrected personal field inside personal, trimmed, out of the facts', () => {
    given([customerRegistered, note])
      .when(correctTouch(note, { text: ' Wants two quotes ' }))
      .then([
        expect.objectContaining({
          data: expect.objectContaining({ fields: ['text'], corrected: touchFacts(note), personal: { text: 'Wants two quotes' } }),
        }),
      ]);
  });

  it("records nothing when every value is already the touch's", () => {
    given([customerRegistered, call])
      .when(correctTouch(call, { durationSeconds: 300 }))
      .then([]);
  });

  it('refuses a field the touch type does not have, naming it (400)', () => {
    given([customerRegistered, call])
      .when(correctTouch(call, { text: 'x', durationSeconds: 10 }))
      .thenThrows(ValidationError, { errors: [{ field: 'text', reason: 'is not a field a correction of CallLogged can change' }] });
  });

  it('refuses an identity field: a different order is a different purchase', () => {
    given([customerRegistered, purchase])
      .when(correctTouch(purchase, { orderId: 'O-2' }))
      .thenThrows(ValidationError, { errors: [{ field: 'orderId', reason: expect.any(String) }] });
  });

  it("checks new values as the touch's own command does", () => {
    given([customerRegistered, call])
      .when(correctTouch(call, { durationSeconds: -1, occurredAt: minutesFromNow(10) }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'durationSeconds', reason: 'must be at least 0' },
          { field: 'occurredAt', reason: 'must not be more than 5 minutes in the future' },
        ],
      });
  });

  it('refuses an empty correction', () => {
    given([customerRegistered, call])
      .when(correctTouch(call, {}))
      .thenThrows(ValidationError, { errors: [{ field: 'body', reason: expect.any(String) }] });
  });

  it('refuses a voided touch (409) and an unknown one (404)', () => {
    given([customerRegistered, call, voided(call)])
      .when(correctTouch(call, { durationSeconds: 1 }))
      .thenThrows(RuleViolation, { rule: 'touch-voided' });
    given([customerRegistered])
      .when(correctTouch(null, { durationSeconds: 1 }))
      .thenThrows(NotFoundError, { entity: 'touch' });
  });

  it('refuses a correction decided on a touch corrected meanwhile', () => {
    const first: TouchCorrected = {
      type: 'TouchCorrected',
      data: {
        customerId,
        touchEventId,
        occurredAt: nowIso,
        fields: ['durationSeconds'],
        previous: touchFacts(call),
        corrected: { type: 'CallLogged', data: { ...call.data, durationSeconds: 420 } },
        personal: {},
      },
    };
    given([customerRegistered, call, first])
      .when(correctTouch(call, { durationSeconds: 1 }, 0))
      .thenThrows(RuleViolation, { rule: 'touch-changed-meanwhile' });
    given([customerRegistered, call, first])
      .when(correctTouch(call, { durationSeconds: 1 }, 1))
      .then([expect.objectContaining({ type: 'TouchCorrected' })]);
  });

  it('moves a corrected purchase amount into the totals and the order', () => {
    const events: CustomerEvent[] = [customerRegistered, purchase];
    const [correction] = customerDecider.decide(correctTouch(purchase, { amount: 7000 }), fold(events));
    const state = fold([...events, correction]);
    expect(state.purchaseTotals).toEqual({ EUR: 7000 });
    expect(state.amendedTouches[touchEventId]).toEqual({ voided: false, corrections: 1 });
  });

  it('refuses a purchase amount that disagrees with its lines, or below what was cancelled of the order', () => {
    const withLines: PurchaseRecorded = { ...purchase, data: { ...purchase.data, lines: [{ sku: 'A', description: null, quantity: 2, unitPrice: 2500 }] } };
    given([customerRegistered, withLines])
      .when(correctTouch(withLines, { amount: 6000 }))
      .thenThrows(ValidationError, { errors: [{ field: 'amount', reason: expect.stringContaining('sum of the lines') }] });
    given([customerRegistered, purchase, cancellation])
      .when(correctTouch(purchase, { amount: 500 }))
      .thenThrows(RuleViolation, { rule: 'cancellation-exceeds-order' });
  });
});
