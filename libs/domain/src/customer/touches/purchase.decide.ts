import { integerProblem, optional, referenceProblem, textProblem } from '../../shared/field-checks.js';
import { currencyProblem, lineAmount, minorUnitsProblem, unitPriceProblem } from '../../shared/money.js';
import type { Check } from '../../shared/validation.js';
import type { CustomerState } from '../customer.state.js';
import { orderIn } from '../order-book.js';
import { acceptTouch, trimmedOrNull } from './touch.checks.js';
import type { CancelPurchase, PurchaseLineInput, RecordPurchase, RecordReturn } from './touch.commands.js';
import { cancellationExceedsOrder, orderAlreadyRecorded, orderCurrencyMismatch, orderNotRecorded } from './touch.errors.js';
import type { PurchaseCancelled, PurchaseLine, PurchaseRecorded, ReturnRecorded } from './touch.events.js';

function lineChecks(lines: unknown, currency: string): Check[] {
  if (lines === undefined || lines === null) return [];
  if (!Array.isArray(lines)) return [['lines', 'must be a list of { sku, description?, quantity, unitPrice }']];
  return lines.flatMap((line: Partial<PurchaseLineInput> | null, index): Check[] => [
    [`lines[${index}].sku`, textProblem(line?.sku, 100)],
    [`lines[${index}].description`, optional(line?.description, textProblem)],
    [`lines[${index}].quantity`, integerProblem(line?.quantity) ?? (line?.quantity === 0 ? 'must not be 0' : null)],
    [`lines[${index}].unitPrice`, unitPriceProblem(line?.unitPrice, currency)],
  ]);
}

/** Checked only once the lines and currency are valid, so the sum is meaningful. */
function amountMatchesLines(amount: number, currency: string, lines: PurchaseLineInput[] | undefined, lineProblems: Check[]): Check {
  if (!lines?.length || currencyProblem(currency) !== null || lineProblems.some(([, problem]) => problem !== null)) return ['amount', null];
  let sum = 0;
  for (const line of lines) {
    const lineTotal = lineAmount(line.quantity, line.unitPrice, currency);
    if (lineTotal === null || !Number.isSafeInteger(sum + lineTotal)) return ['lines', 'add up to more than can be counted exactly'];
    sum += lineTotal;
  }
  return ['amount', sum === amount ? null : `must equal the sum of the lines (quantity × unitPrice, each rounded to the minor unit), ${sum}`];
}

export function amountChecks(data: { amount: number; currency: string; lines?: PurchaseLineInput[] }, minimum: number): Check[] {
  const lineProblems = lineChecks(data.lines, data.currency);
  return [
    ['amount', minorUnitsProblem(data.amount, { min: minimum })],
    ['currency', currencyProblem(data.currency)],
    ...lineProblems,
    amountMatchesLines(data.amount, data.currency, data.lines, lineProblems),
  ];
}

export const normalizedLines = (lines: PurchaseLineInput[] = []): PurchaseLine[] =>
  lines.map(({ sku, description, quantity, unitPrice }) => ({ sku: sku.trim(), description: trimmedOrNull(description), quantity, unitPrice }));

export function recordPurchase({ data, metadata }: RecordPurchase, state: CustomerState): PurchaseRecorded[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['orderId', optional(data.orderId, referenceProblem)],
    ['cost', optional(data.cost, (cost) => minorUnitsProblem(cost, { min: 0 }))],
    ...amountChecks(data, 0),
  ]);
  const orderId = data.orderId ?? null;
  if (orderId !== null && orderIn(customer.orders, orderId)) throw orderAlreadyRecorded(orderId);
  const { amount, currency } = data;
  return [{ type: 'PurchaseRecorded', data: { ...base, orderId, lines: normalizedLines(data.lines), amount, cost: data.cost ?? null, currency } }];
}

/** A cancellation refers to an order recorded here, in its currency, and never takes back more than it cost. */
export function cancelPurchase({ data, metadata }: CancelPurchase, state: CustomerState): PurchaseCancelled[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [['orderId', referenceProblem(data.orderId)], ...amountChecks(data, 1)]);
  const order = orderIn(customer.orders, data.orderId);
  if (!order) throw orderNotRecorded(data.orderId);
  if (order.currency !== data.currency) throw orderCurrencyMismatch(order.orderId, order.currency);
  if (order.cancelledAmount + data.amount > order.amount) throw cancellationExceedsOrder(order.orderId);
  const { orderId, amount, currency } = data;
  return [{ type: 'PurchaseCancelled', data: { ...base, orderId, lines: normalizedLines(data.lines), amount, currency } }];
}

/**
 * Goods taken back or a credit granted where the order is not known here (a business that starts
 * on the CRM meets returns of orders it never saw). When the order is named it must be recorded on
 * the customer, in the currency, with enough left, exactly as for a cancellation.
 */
export function recordReturn({ data, metadata }: RecordReturn, state: CustomerState): ReturnRecorded[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['returnId', referenceProblem(data.returnId)],
    ['orderId', optional(data.orderId, referenceProblem)],
    ...amountChecks(data, 1),
  ]);
  const orderId = data.orderId ?? null;
  if (orderId !== null) {
    const order = orderIn(customer.orders, orderId);
    if (!order) throw orderNotRecorded(orderId);
    if (order.currency !== data.currency) throw orderCurrencyMismatch(order.orderId, order.currency);
    if (order.cancelledAmount + data.amount > order.amount) throw cancellationExceedsOrder(order.orderId);
  }
  const { returnId, amount, currency } = data;
  return [{ type: 'ReturnRecorded', data: { ...base, returnId, orderId, lines: normalizedLines(data.lines), amount, currency } }];
}
