import { RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, nowIso } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { CancelPurchase, RecordPurchase, RecordReturn } from './touch.commands.js';
import type { PurchaseCancelled, PurchaseRecorded, ReturnRecorded } from './touch.events.js';

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
        {
          type: 'PurchaseRecorded',
          data: { customerId, occurredAt: nowIso, channel: 'store', orderId: null, lines: [], amount: 999, cost: null, currency: 'JPY' },
        },
      ]);
  });

  it('refuses an amount that is not the sum of the lines', () => {
    given([customerRegistered])
      .when(recordPurchase({ amount: 3001 }))
      .thenThrows(ValidationError, {
        errors: [{ field: 'amount', reason: 'must equal the sum of the lines (quantity × unitPrice, each rounded to the minor unit), 3000' }],
      });
  });

  it('refuses a currency that is not in ISO 4217', () => {
    given([customerRegistered])
      .when(recordPurchase({ currency: 'EUX' }))
      .thenThrows(ValidationError, { errors: [{ field: 'currency', reason: 'must be an ISO 4217 currency code such as EUR' }] });
  });

  it('refuses a decimal amount, a unit price finer than 4 decimal places, a zero quantity and a negative amount', () => {
    given([customerRegistered])
      .when(recordPurchase({ amount: -1, lines: [{ sku: 'A', quantity: 0, unitPrice: 12.505 }] }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'amount', reason: 'must be at least 0' },
          { field: 'lines[0].quantity', reason: 'must not be 0' },
          { field: 'lines[0].unitPrice', reason: 'must have at most 4 decimal places in EUR' },
        ],
      });
  });

  it('keeps unit prices to 4 decimal places and rounds each line to the minor unit, half away from zero', () => {
    const lines = [
      { sku: 'PADS', quantity: 1, unitPrice: 0.1 },
      { sku: 'BOLT', quantity: 5, unitPrice: 12.5 },
      { sku: 'NUT', quantity: -3, unitPrice: 0.25 },
    ];
    given([customerRegistered])
      .when(recordPurchase({ lines, amount: 62, cost: undefined, currency: 'GBP' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ amount: 62, lines: lines.map((line) => ({ ...line, description: null })) }) })]);
  });

  it('refuses an amount that adds the lines before rounding them', () => {
    given([customerRegistered])
      .when(
        recordPurchase({
          lines: [
            { sku: 'PADS', quantity: 1, unitPrice: 0.5 },
            { sku: 'PADS', quantity: 1, unitPrice: 0.4 },
          ],
          amount: 0,
          cost: undefined,
        }),
      )
      .thenThrows(ValidationError, {
        errors: [{ field: 'amount', reason: 'must equal the sum of the lines (quantity × unitPrice, each rounded to the minor unit), 1' }],
      });
  });

  it('accepts a line taken back within the purchase', () => {
    const lines = [
      { sku: 'A', quantity: 3, unitPrice: 1000 },
      { sku: 'A', quantity: -1, unitPrice: 1000 },
    ];
    given([customerRegistered])
      .when(recordPurchase({ lines, amount: 2000 }))
      .then([expect.objectContaining({ data: expect.objectContaining({ amount: 2000 }) })]);
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
    given([customerRegistered, purchaseRecorded, earlierCancellation]).when(cancelPurchase()).thenThrows(RuleViolation, { rule: 'cancellation-exceeds-order' });
  });

  it('refuses an amount of 0', () => {
    given([customerRegistered, purchaseRecorded])
      .when(cancelPurchase({ lines: undefined, amount: 0 }))
      .thenThrows(ValidationError, { errors: [{ field: 'amount', reason: 'must be at least 1' }] });
  });
});

const recordReturn = (data: Partial<RecordReturn['data']> = {}): RecordReturn => ({
  type: 'RecordReturn',
  data: { customerId, channel: 'web', returnId: 'C-9', lines: [{ sku: 'LAMP', quantity: 2, unitPrice: 1995 }], amount: 3990, currency: 'EUR', ...data },
  metadata,
});

const returnRecorded = (data: Partial<ReturnRecorded['data']> = {}): ReturnRecorded => ({
  type: 'ReturnRecorded',
  data: {
    customerId,
    occurredAt: nowIso,
    channel: 'web',
    returnId: 'C-9',
    orderId: null,
    lines: [{ sku: 'LAMP', description: null, quantity: 2, unitPrice: 1995 }],
    amount: 3990,
    currency: 'EUR',
    ...data,
  },
});

describe('RecordReturn', () => {
  it('records goods returned from an order this CRM never saw', () => {
    given([customerRegistered]).when(recordReturn()).then([returnRecorded()]);
  });

  it('links the return to its order when the order is known', () => {
    given([customerRegistered, purchaseRecorded])
      .when(recordReturn({ orderId: 'ORD-1', lines: [{ sku: 'PEN', quantity: 1, unitPrice: 500 }], amount: 500 }))
      .then([returnRecorded({ orderId: 'ORD-1', lines: [{ sku: 'PEN', description: null, quantity: 1, unitPrice: 500 }], amount: 500 })]);
  });

  it('records a credit without lines', () => {
    given([customerRegistered])
      .when(recordReturn({ lines: undefined, amount: 1200 }))
      .then([returnRecorded({ lines: [], amount: 1200 })]);
  });

  it('refuses an order named but never recorded', () => {
    given([customerRegistered])
      .when(recordReturn({ orderId: 'ORD-404' }))
      .thenThrows(RuleViolation, { rule: 'order-not-recorded' });
  });

  it('refuses to take back more than is left of the linked order, counting its cancellations', () => {
    const cancelled: PurchaseCancelled = {
      type: 'PurchaseCancelled',
      data: { customerId, occurredAt: nowIso, channel: 'store', orderId: 'ORD-1', lines: [], amount: 2800, currency: 'EUR' },
    };
    given([customerRegistered, purchaseRecorded, cancelled])
      .when(recordReturn({ orderId: 'ORD-1', lines: undefined, amount: 201 }))
      .thenThrows(RuleViolation, { rule: 'cancellation-exceeds-order' });
  });

  it('counts a linked return against its order, so a later cancellation cannot take it back again', () => {
    given([customerRegistered, purchaseRecorded, returnRecorded({ orderId: 'ORD-1', lines: [], amount: 2600 })])
      .when(cancelPurchase())
      .thenThrows(RuleViolation, { rule: 'cancellation-exceeds-order' });
  });

  it('refuses another currency than the linked order', () => {
    given([customerRegistered, purchaseRecorded])
      .when(recordReturn({ orderId: 'ORD-1', lines: undefined, amount: 100, currency: 'USD' }))
      .thenThrows(RuleViolation, { rule: 'order-currency-mismatch' });
  });

  it('refuses an amount of 0 and a missing return number', () => {
    given([customerRegistered])
      .when(recordReturn({ returnId: '', lines: undefined, amount: 0 }))
      .thenThrows(ValidationError, {
        errors: [expect.objectContaining({ field: 'returnId' }), { field: 'amount', reason: 'must be at least 1' }],
      });
  });
});
