import type { ActiveCustomer } from '../customer.state.js';
import { orderIn, withOrder } from '../order-book.js';
import type { PurchaseCancelled, PurchaseRecorded, ReturnRecorded, TouchEvent } from './touch.events.js';

export function evolveTouch(state: ActiveCustomer, event: TouchEvent): ActiveCustomer {
  const customer = counted(state, event);
  switch (event.type) {
    case 'PurchaseRecorded':
      return purchaseRecorded(customer, event);
    case 'PurchaseCancelled':
    case 'ReturnRecorded':
      return purchaseCancelled(customer, event);
    case 'ComplaintFiled': {
      const { complaintId, category, severity, occurredAt } = event.data;
      const complaint = { complaintId, category, severity, filedAt: occurredAt, status: 'open', resolvedAt: null } as const;
      return { ...customer, complaints: { ...customer.complaints, [complaintId]: complaint } };
    }
    case 'ComplaintResolved': {
      const complaint = customer.complaints[event.data.complaintId];
      if (!complaint) return customer;
      const resolved = { ...complaint, status: 'resolved', resolvedAt: event.data.occurredAt } as const;
      return { ...customer, complaints: { ...customer.complaints, [complaint.complaintId]: resolved } };
    }
    case 'TaskScheduled': {
      const { taskId, dueAt, assigneeId, occurredAt, personal } = event.data;
      const task = { taskId, title: personal.title, dueAt, assigneeId, scheduledAt: occurredAt, status: 'open', completedAt: null } as const;
      return { ...customer, tasks: { ...customer.tasks, [taskId]: task } };
    }
    case 'TaskCompleted': {
      const task = customer.tasks[event.data.taskId];
      if (!task) return customer;
      const completed = { ...task, status: 'completed', completedAt: event.data.occurredAt } as const;
      return { ...customer, tasks: { ...customer.tasks, [task.taskId]: completed } };
    }
    case 'TaskRescheduled': {
      const task = customer.tasks[event.data.taskId];
      if (!task) return customer;
      return { ...customer, tasks: { ...customer.tasks, [task.taskId]: { ...task, dueAt: event.data.dueAt } } };
    }
    default:
      return customer;
  }
}

function counted(state: ActiveCustomer, { type, data }: TouchEvent): ActiveCustomer {
  return {
    ...state,
    touches: { total: state.touches.total + 1, byType: { ...state.touches.byType, [type]: (state.touches.byType[type] ?? 0) + 1 } },
    lastTouchAt: state.lastTouchAt === null || data.occurredAt > state.lastTouchAt ? data.occurredAt : state.lastTouchAt,
  };
}

function addToTotal(totals: Record<string, number>, currency: string, amount: number): Record<string, number> {
  return { ...totals, [currency]: (totals[currency] ?? 0) + amount };
}

function purchaseRecorded(state: ActiveCustomer, { data }: PurchaseRecorded): ActiveCustomer {
  const purchaseTotals = addToTotal(state.purchaseTotals, data.currency, data.amount);
  if (data.orderId === null) return { ...state, purchaseTotals };
  const order = { orderId: data.orderId, currency: data.currency, amount: data.amount, cancelledAmount: 0 };
  return { ...state, purchaseTotals, orders: withOrder(state.orders, order) };
}

/** A return linked to an order counts against it like a cancellation, so the order is never taken back twice. */
function purchaseCancelled(state: ActiveCustomer, { data }: PurchaseCancelled | ReturnRecorded): ActiveCustomer {
  const purchaseTotals = addToTotal(state.purchaseTotals, data.currency, -data.amount);
  if (data.orderId === null) return { ...state, purchaseTotals };
  const order = orderIn(state.orders, data.orderId);
  if (!order) return { ...state, purchaseTotals };
  const cancelled = { ...order, cancelledAmount: order.cancelledAmount + data.amount };
  return { ...state, purchaseTotals, orders: withOrder(state.orders, cancelled) };
}
