import { integerProblem, optional, referenceProblem, textProblem } from '../../shared/field-checks.js';
import { currencyProblem, minorUnitsProblem } from '../../shared/money.js';
import type { Check } from '../../shared/validation.js';
import type { CustomerState } from '../customer.state.js';
import { orderIn } from '../order-book.js';
import { acceptTouch, trimmedOrNull } from './touch.checks.js';
import type { CancelPurchase, PurchaseLineInput, RecordPurchase } from './touch.commands.js';
import { cancellationExceedsOrder, orderAlreadyRecorded, orderCurrencyMismatch, orderNotRecorded } from './touch.errors.js';
import type { PurchaseCancelled, PurchaseLine, PurchaseRecorded } from './touch.events.js';

function lineChecks(lines: unknown): Check[] {
  if (lines === undefined || lines === null) return [];
  if (!Array.isArray(lines)) return [['lines', 'must be a list of { sku, description?, quantity, unitPrice }']];
  return lines.flatMap((line: Partial<PurchaseLineInput> | null, index): Check[] => [
    [`lines[${index}].sku`, textProblem(line?.sku, 100)],
    [`lines[${index}].description`, optional(line?.description, textProblem)],
    [`lines[${index}].quantity`, integerProblem(line?.quantity) ?? (line?.quantity === 0 ? 'must not be 0' : null)],
    [`lines[${index}].unitPrice`, minorUnitsProblem(line?.unitPrice)],
  ]);
}

/** Checked only once the lines themselves are valid, so the sum is meaningful. */
function amountMatchesLines(amount: number, lines: PurchaseLineInput[] | undefined, lineProblems: Check[]): Check {
  if (!lines?.length || lineProblems.some(([, problem]) => problem !== null)) return ['amount', null];
  const sum = lines.reduce((total, line) => total + line.quantity * line.unitPrice, 0);
  if (!Number.isSafeInteger(sum)) return ['lines', 'add up to more than can be counted exactly'];
  return ['amount', sum === amount ? null : `must equal the sum of the lines (quantity × unitPrice), ${sum}`];
}

function amountChecks(data: { amount: number; currency: string; lines?: PurchaseLineInput[] }, minimum: number): Check[] {
  const lineProblems = lineChecks(data.lines);
  return [
    ['amount', minorUnitsProblem(data.amount, { min: minimum })],
    ['currency', currencyProblem(data.currency)],
    ...lineProblems,
    amountMatchesLines(data.amount, data.lines, lineProblems),
  ];
}

const normalizedLines = (lines: PurchaseLineInput[] = []): PurchaseLine[] =>
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
  return [
    { type: 'PurchaseRecorded', data: { ...base, orderId, lines: normalizedLines(data.lines), amount, cost: data.cost ?? null, currency } },
  ];
}

/** A cancellation refers to an order recorded here, in its currency, and never takes back more than it cost. */
export function cancelPurchase({ data, metadata }: CancelPurchase, state: CustomerState): PurchaseCancelled[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['orderId', referenceProblem(data.orderId)],
    ...amountChecks(data, 1),
  ]);
  const order = orderIn(customer.orders, data.orderId);
  if (!order) throw orderNotRecorded(data.orderId);
  if (order.currency !== data.currency) throw orderCurrencyMismatch(order.orderId, order.currency);
  if (order.cancelledAmount + data.amount > order.amount) throw cancellationExceedsOrder(order.orderId);
  const { orderId, amount, currency } = data;
  return [{ type: 'PurchaseCancelled', data: { ...base, orderId, lines: normalizedLines(data.lines), amount, currency } }];
}
