import { textProblem } from '../../shared/field-checks.js';
import { assertValid, type Check } from '../../shared/validation.js';
import { requireLiveCustomer } from '../customer.errors.js';
import type { ActiveCustomer, CustomerState } from '../customer.state.js';
import { orderIn } from '../order-book.js';
import { amountChecks } from '../touches/purchase.decide.js';
import { cancellationExceedsOrder } from '../touches/touch.errors.js';
import type { PurchaseLine, TouchEvent } from '../touches/touch.events.js';
import { correctableFields, normalizedValue } from './correctable-fields.js';
import type { CorrectTouch, TouchCorrectionCommand, TouchOnRecord, VoidTouch } from './correction.commands.js';
import {
  complaintWasResolved,
  purchaseHasCancellations,
  taskWasCompleted,
  touchAlreadyVoided,
  touchChangedMeanwhile,
  touchNotFound,
  touchVoided,
} from './correction.errors.js';
import { touchFacts, type TouchCorrected, type TouchCorrectionEvent, type TouchFacts, type TouchVoided } from './correction.events.js';

function touchOnRecord(onRecord: TouchOnRecord, touchEventId: string): NonNullable<TouchOnRecord> {
  if (onRecord === null) throw touchNotFound(touchEventId);
  return onRecord;
}

/** A touch whose effect later touches built on is voided only once those are. */
function requireNothingBuiltOn(customer: ActiveCustomer, touch: TouchEvent): void {
  if (touch.type === 'PurchaseRecorded' && touch.data.orderId !== null) {
    const order = orderIn(customer.orders, touch.data.orderId);
    if (order && order.cancelledAmount > 0) throw purchaseHasCancellations(order.orderId);
  }
  if (touch.type === 'ComplaintFiled' && customer.complaints[touch.data.complaintId]?.status === 'resolved') {
    throw complaintWasResolved(touch.data.complaintId);
  }
  if (touch.type === 'TaskScheduled' && customer.tasks[touch.data.taskId]?.status === 'completed') throw taskWasCompleted(touch.data.taskId);
}

/**
 * A record merged into another may still have its touches voided or corrected: they are part of the
 * survivor's history as read, and a mistake in them should not need an unmerge to be put right.
 */
export function voidTouch({ data, metadata }: VoidTouch, state: CustomerState): TouchVoided[] {
  const customer = requireLiveCustomer(state, data.customerId);
  assertValid([['reason', textProblem(data.reason, 500)]]);
  const { touch } = touchOnRecord(data.onRecord, data.touchEventId);
  if (customer.amendedTouches[data.touchEventId]?.voided) throw touchAlreadyVoided(data.touchEventId);
  requireNothingBuiltOn(customer, touch);
  return [
    {
      type: 'TouchVoided',
      data: {
        customerId: data.customerId,
        touchEventId: data.touchEventId,
        occurredAt: metadata.now.toISOString(),
        voided: touchFacts(touch),
        personal: { reason: data.reason.trim() },
      },
    },
  ];
}

/** A purchase's amount, lines and cost must still agree, and its order's cancellations still fit in it. */
function purchaseChecks(customer: ActiveCustomer, touch: TouchEvent, after: Record<string, unknown>): void {
  if (touch.type !== 'PurchaseRecorded') return;
  const { amount, lines, currency } = after as { amount: number; lines: PurchaseLine[]; currency: string };
  assertValid(amountChecks({ amount, currency, lines }, 0));
  const order = touch.data.orderId === null ? undefined : orderIn(customer.orders, touch.data.orderId);
  if (order && order.cancelledAmount > amount) throw cancellationExceedsOrder(order.orderId);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Records only the fields whose value changes; nothing at all when none does. */
export function correctTouch({ data, metadata }: CorrectTouch, state: CustomerState): TouchCorrected[] {
  const customer = requireLiveCustomer(state, data.customerId);
  const { touch, corrections } = touchOnRecord(data.onRecord, data.touchEventId);
  const amended = customer.amendedTouches[data.touchEventId];
  if (amended?.voided) throw touchVoided(data.touchEventId);
  if ((amended?.corrections ?? 0) !== corrections) throw touchChangedMeanwhile(data.touchEventId);
  const rules = correctableFields[touch.type];
  const names = Object.keys(data.fields);
  assertValid([
    ['body', names.length === 0 ? 'must name at least one field to correct' : null],
    ...names.map((name): Check => [
      name,
      Object.hasOwn(rules, name) ? rules[name](data.fields[name], metadata.now) : `is not a field a correction of ${touch.type} can change`,
    ]),
  ]);
  const personalBefore: Record<string, unknown> = 'personal' in touch.data ? touch.data.personal : {};
  const previous = touchFacts(touch);
  const changed = names
    .map((name) => [name, normalizedValue(name, data.fields[name])] as const)
    .filter(([name, value]) => !same(value, Object.hasOwn(personalBefore, name) ? personalBefore[name] : (previous.data as Record<string, unknown>)[name]));
  const isPersonal = ([name]: readonly [string, unknown]) => Object.hasOwn(personalBefore, name);
  const correctedData = { ...previous.data, ...Object.fromEntries(changed.filter((entry) => !isPersonal(entry))) };
  purchaseChecks(customer, touch, correctedData);
  if (changed.length === 0) return [];
  return [
    {
      type: 'TouchCorrected',
      data: {
        customerId: data.customerId,
        touchEventId: data.touchEventId,
        occurredAt: metadata.now.toISOString(),
        fields: changed.map(([name]) => name),
        previous,
        corrected: { type: previous.type, data: correctedData } as TouchFacts,
        personal: Object.fromEntries(changed.filter(isPersonal)),
      },
    },
  ];
}

export function decideTouchCorrection(command: TouchCorrectionCommand, state: CustomerState): TouchCorrectionEvent[] {
  return command.type === 'VoidTouch' ? voidTouch(command, state) : correctTouch(command, state);
}
