import type { ActiveCustomer } from '../customer.state.js';
import { orderIn, withOrder, withoutOrder } from '../order-book.js';
import type { TouchCorrectionEvent, TouchFacts } from './correction.events.js';

/**
 * A voided touch is taken back from everything it counted in; a corrected one moves by the
 * difference. `lastTouchAt` keeps the latest time ever seen: the state holds no list of touches
 * to look for the one before (the timeline and lifecycle read models do).
 */
export function evolveTouchCorrection(state: ActiveCustomer, event: TouchCorrectionEvent): ActiveCustomer {
  const { touchEventId } = event.data;
  const amended = state.amendedTouches[touchEventId] ?? { voided: false, corrections: 0 };
  if (event.type === 'TouchVoided') {
    const customer = takenBack(state, event.data.voided);
    return { ...customer, amendedTouches: { ...customer.amendedTouches, [touchEventId]: { ...amended, voided: true } } };
  }
  const customer = corrected(state, event.data.previous, event.data.corrected);
  return { ...customer, amendedTouches: { ...customer.amendedTouches, [touchEventId]: { ...amended, corrections: amended.corrections + 1 } } };
}

const addToTotal = (totals: Record<string, number>, currency: string, amount: number) => ({ ...totals, [currency]: (totals[currency] ?? 0) + amount });

function takenBack(state: ActiveCustomer, touch: TouchFacts): ActiveCustomer {
  const customer = {
    ...state,
    touches: { total: state.touches.total - 1, byType: { ...state.touches.byType, [touch.type]: (state.touches.byType[touch.type] ?? 1) - 1 } },
  };
  switch (touch.type) {
    case 'PurchaseRecorded': {
      const { orderId, currency, amount } = touch.data;
      const purchaseTotals = addToTotal(customer.purchaseTotals, currency, -amount);
      return { ...customer, purchaseTotals, orders: orderId === null ? customer.orders : withoutOrder(customer.orders, orderId) };
    }
    case 'PurchaseCancelled':
    case 'ReturnRecorded': {
      const { orderId, currency, amount } = touch.data;
      const purchaseTotals = addToTotal(customer.purchaseTotals, currency, amount);
      const order = orderId === null ? undefined : orderIn(customer.orders, orderId);
      if (!order) return { ...customer, purchaseTotals };
      return { ...customer, purchaseTotals, orders: withOrder(customer.orders, { ...order, cancelledAmount: order.cancelledAmount - amount }) };
    }
    case 'ComplaintFiled': {
      const { [touch.data.complaintId]: _voided, ...complaints } = customer.complaints;
      return { ...customer, complaints };
    }
    case 'ComplaintResolved': {
      const complaint = customer.complaints[touch.data.complaintId];
      if (!complaint) return customer;
      return { ...customer, complaints: { ...customer.complaints, [complaint.complaintId]: { ...complaint, status: 'open', resolvedAt: null } } };
    }
    case 'TaskScheduled': {
      const { [touch.data.taskId]: _voided, ...tasks } = customer.tasks;
      return { ...customer, tasks };
    }
    case 'TaskCompleted': {
      const task = customer.tasks[touch.data.taskId];
      if (!task) return customer;
      return { ...customer, tasks: { ...customer.tasks, [task.taskId]: { ...task, status: 'open', completedAt: null } } };
    }
    default:
      return customer;
  }
}

function corrected(state: ActiveCustomer, previous: TouchFacts, touch: TouchFacts): ActiveCustomer {
  const { occurredAt } = touch.data;
  const customer = { ...state, lastTouchAt: state.lastTouchAt === null || occurredAt > state.lastTouchAt ? occurredAt : state.lastTouchAt };
  switch (touch.type) {
    case 'PurchaseRecorded': {
      const { orderId, currency, amount } = touch.data;
      const purchaseTotals = addToTotal(customer.purchaseTotals, currency, amount - (previous.data as typeof touch.data).amount);
      const order = orderId === null ? undefined : orderIn(customer.orders, orderId);
      return { ...customer, purchaseTotals, orders: order ? withOrder(customer.orders, { ...order, amount }) : customer.orders };
    }
    case 'ComplaintFiled': {
      const complaint = customer.complaints[touch.data.complaintId];
      if (!complaint) return customer;
      const { category, severity } = touch.data;
      return { ...customer, complaints: { ...customer.complaints, [complaint.complaintId]: { ...complaint, category, severity, filedAt: occurredAt } } };
    }
    case 'ComplaintResolved': {
      const complaint = customer.complaints[touch.data.complaintId];
      if (!complaint) return customer;
      return { ...customer, complaints: { ...customer.complaints, [complaint.complaintId]: { ...complaint, resolvedAt: occurredAt } } };
    }
    case 'TaskScheduled': {
      const task = customer.tasks[touch.data.taskId];
      return task ? { ...customer, tasks: { ...customer.tasks, [task.taskId]: { ...task, scheduledAt: occurredAt } } } : customer;
    }
    case 'TaskCompleted': {
      const task = customer.tasks[touch.data.taskId];
      return task ? { ...customer, tasks: { ...customer.tasks, [task.taskId]: { ...task, completedAt: occurredAt } } } : customer;
    }
    default:
      return customer;
  }
}
