import { RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, nowIso } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { CancelPurchase, RecordPurchase } from './touch.commands.js';
import type { PurchaseCancelled, PurchaseRecorded } from './touch.events.js';

const given = deciderSpec(customerDecider);

const recordPurchase = (data: Partial<RecordPurchase['data']> = {}): RecordPurchase => ({
  type: 'RecordPurchase',
  data: {
    customerId,
    channel: 'store',
    orderId: 'ORD-1',
    lines: [
      { sku: 'BOOK-1', description: 'Notes on the Analytical Engine', quantity: 2, unitPrice: 1250 },
      { sku: 'PEN', quantity: 1, unitPrice: 500 },
    ],
    amount: 3000,
    cost: 1800,
    currency: 'EUR',
    ...data,
  },
  metadata,
});

const purchaseRecorded: PurchaseRecorded = {
  type: 'PurchaseRecorded',
  data: {
    customerId,
    occurredAt: nowIso,
    channel: 'store',
    orderId: 'ORD-1',
    lines: [
      { sku: 'BOOK-1', description: 'Notes on the Analytical Engine', quantity: 2, unitPrice: 1250 },
      { sku: 'PEN', description: null, quantity: 1, unitPrice: 500 },
    ],
    amount: 3000,
    cost: 1800,
    currency: 'EUR',
  },
};

const cancelPurchase = (data: Partial<CancelPurchase['data']> = {}): CancelPurchase => ({
  type: 'CancelPurchase',
  data: { customerId, channel: 'store', orderId: 'ORD-1', lines: [{ sku: 'PEN', quantity: 1, unitPrice: 500 }], amount: 500, currency: 'EUR', ...data },
  metadata,
});

describe('RecordPurchase', () => {
  it('records a purchase whose amount is the sum of its lines', () => {
    given([customerRegistered]).when(recordPurchase()).then([purchaseRecorded]);
  });

  it('records a purchase without lines or order id', () => {
    given([customerRegistered])
      .when(recordPurchase({ orderId: undefined, lines: undefined, cost: undefined, amount: 999, currency: 'JPY' }))
      .then([
        { type: 'PurchaseRecorded', data: { customerId, occurredAt: nowIso, channel: 'store', orderId: null, lines: [], amount: 999, cost: null, currency: 'JPY' } },
      ]);
  });

  it('refuses an amount that is not the sum of the lines', () => {
    given([customerRegistered])
      .when(recordPurchase({ amount: 3001 }))
      .thenThrows(ValidationError, { errors: [{ field: 'amount', reason: 'must equal the sum of the lines (quantity × unitPrice), 3000' }] });
  });

  it('refuses a currency that is not in ISO 4217', () => {
    given([customerRegistered])
      .when(recordPurchase({ currency: 'EUX' }))
      .thenThrows(ValidationError, { errors: [{ field: 'currency', reason: 'must be an ISO 4217 currency code such as EUR' }] });
  });

  it('refuses money as a decimal, a zero quantity and a negative amount', () => {
    given([customerRegistered])
      .when(recordPurchase({ amount: -1, lines: [{ sku: 'A', quantity: 0, unitPrice: 12.5 }] }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'amount', reason: 'must be at least 0' },
          { field: 'lines[0].quantity', reason: 'must not be 0' },
          { field: 'lines[0].unitPrice', reason: 'must be a whole number of minor units (cents), not a decimal' },
        ],
      });
  });

  it('accepts a line taken back within the purchase', () => {
    const lines = [
      { sku: 'A', quantity: 3, unitPrice: 1000 },
      { sku: 'A', quantity: -1, unitPrice: 1000 },
    ];
    given([customerRegistered]).when(recordPurchase({ lines, amount: 2000 })).then([
      expect.objectContaining({ data: expect.objectContaining({ amount: 2000 }) }),
    ]);
  });

  it('refuses an order recorded twice', () => {
    given([customerRegistered, purchaseRecorded]).when(recordPurchase()).thenThrows(RuleViolation, { rule: 'order-already-recorded' });
  });
});

describe('CancelPurchase', () => {
  it('records a cancellation of part of an order', () => {
    given([customerRegistered, purchaseRecorded])
      .when(cancelPurchase())
      .then([
        {
          type: 'PurchaseCancelled',
          data: {
            customerId,
            occurredAt: nowIso,
            channel: 'store',
            orderId: 'ORD-1',
            lines: [{ sku: 'PEN', description: null, quantity: 1, unitPrice: 500 }],
            amount: 500,
            currency: 'EUR',
          },
        },
      ]);
  });

  it('refuses an order never recorded', () => {
    given([customerRegistered]).when(cancelPurchase()).thenThrows(RuleViolation, { rule: 'order-not-recorded' });
  });

  it('refuses another currency than the order', () => {
    given([customerRegistered, purchaseRecorded])
      .when(cancelPurchase({ currency: 'USD' }))
      .thenThrows(RuleViolation, { rule: 'order-currency-mismatch' });
  });

  it('refuses to take back more than the order cost', () => {
    const earlierCancellation: PurchaseCancelled = {
      type: 'PurchaseCancelled',
      data: { customerId, occurredAt: nowIso, channel: 'store', orderId: 'ORD-1', lines: [], amount: 2600, currency: 'EUR' },
    };
    given([customerRegistered, purchaseRecorded, earlierCancellation])
      .when(cancelPurchase())
      .thenThrows(RuleViolation, { rule: 'cancellation-exceeds-order' });
  });

  it('refuses an amount of 0', () => {
    given([customerRegistered, purchaseRecorded])
      .when(cancelPurchase({ lines: undefined, amount: 0 }))
      .thenThrows(ValidationError, { errors: [{ field: 'amount', reason: 'must be at least 1' }] });
  });
});
