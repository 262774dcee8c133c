import type {
  AttributeValue,
  ConsentChannel,
  ConsentGiven,
  ConsentWithdrawn,
  CustomerEvent,
  CustomerKind,
  CustomerPersonal,
  CustomerRegistered,
  LegalBasis,
} from './customer.events.js';
import { personalDataOf } from '../shared/personal-data.js';
import { emptyOrderBook, ordersById, type OrderBook, type OrderState } from './order-book.js';
import { evolveTouch } from './touches/touch.evolve.js';
import { evolveTouchCorrection } from './corrections/correction.evolve.js';
import { isTouchCorrection } from './corrections/correction.events.js';
import { isTouchEvent, type ComplaintSeverity, type TouchEventType } from './touches/touch.events.js';

export type ConsentState = {
  status: 'given' | 'withdrawn';
  legalBasis: LegalBasis | null;
  source: string;
  textVersion: string | null;
  at: string;
};

export type ComplaintState = {
  complaintId: string;
  category: string;
  severity: ComplaintSeverity;
  filedAt: string;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
};

export type TaskState = {
  taskId: string;
  title: string;
  dueAt: string;
  assigneeId: string | null;
  scheduledAt: string;
  status: 'open' | 'completed';
  completedAt: string | null;
};

/**
 * The customer's whole current state: what the deciders check rules against, and what
 * `GET /customers/:id/state` shows. Complaints and tasks keep their closed entries (status says
 * which are open) because the rules must tell "never filed" from "already resolved".
 */
export type ActiveCustomer = {
  status: 'active';
  customerId: string;
  kind: CustomerKind;
  organizationId: string | null;
  organizationRole: string | null;
  source: string;
  ownerId: string | null;
  registeredAt: string;
  personal: CustomerPersonal;
  attributes: Record<string, AttributeValue>;
  consents: Partial<Record<ConsentChannel, ConsentState>>;
  complaints: Record<string, ComplaintState>;
  tasks: Record<string, TaskState>;
  orders: OrderBook;
  touches: { total: number; byType: Partial<Record<TouchEventType, number>> };
  /** Net of cancellations, in minor units per currency. */
  purchaseTotals: Record<string, number>;
  /** The latest business time of any touch, whatever order touches were recorded in. */
  lastTouchAt: string | null;
  /** The touches voided or corrected since they were recorded, by event id (see corrections/). */
  amendedTouches: Record<string, { voided: boolean; corrections: number }>;
  /** Present once this record was merged into another: the survivor, where the person now lives. */
  mergedInto?: string;
  /** Present once other records were merged into this one: their ids, oldest merge first. */
  absorbed?: string[];
};

/** Personal data is gone from the state; the key that could decrypt it is destroyed. */
export type ErasedCustomer = { status: 'erased'; customerId: string; erasedAt: string };

export type CustomerState = { status: 'unknown' } | ActiveCustomer | ErasedCustomer;

export const initialCustomerState: CustomerState = { status: 'unknown' };

/** The state as people read it (the state route, a person's export): orders by id, not in the fold's buckets. */
export type PresentedCustomerState = Exclude<CustomerState, ActiveCustomer> | (Omit<ActiveCustomer, 'orders'> & { orders: Record<string, OrderState> });

export function presentCustomerState(state: CustomerState): PresentedCustomerState {
  return state.status === 'active' ? { ...state, orders: ordersById(state.orders) } : state;
}

/**
 * The version of what evolveCustomer folds a stream to. Bump it with any change to evolveCustomer
 * or to what it builds on (evolveTouch, the state's shape): stored snapshots of the state carry
 * the version they were folded with, and those of another version are ignored.
 */
export const CUSTOMER_FOLD_VERSION = 3;

/** Total: an event type it does not know leaves the state as it is, so any stream replays. */
export function evolveCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerRegistered') return state.status === 'unknown' ? registered(event) : state;
  if (state.status !== 'active') return state;
  if (isTouchEvent(event)) return evolveTouch(state, event);
  if (isTouchCorrection(event)) return evolveTouchCorrection(state, event);
  switch (event.type) {
    case 'CustomerDetailsChanged': {
      const { customerId: _, personal: _personal, ...details } = event.data;
      return { ...state, ...details, personal: { ...state.personal, ...personalDataOf(event) } };
    }
    case 'CustomerAttributesChanged': {
      const attributes = { ...state.attributes, ...event.data.set };
      for (const key of event.data.unset) delete attributes[key];
      return { ...state, attributes };
    }
    case 'CustomerOwnerAssigned':
      return { ...state, ownerId: event.data.ownerId };
    case 'ConsentGiven':
    case 'ConsentWithdrawn':
      return consentChanged(state, event);
    case 'CustomerErased':
      return { status: 'erased', customerId: state.customerId, erasedAt: event.data.occurredAt };
    case 'CustomerMerged':
      return { ...state, absorbed: [...(state.absorbed ?? []), event.data.absorbedId] };
    case 'CustomerUnmerged': {
      const { absorbed: _, ...rest } = state;
      const left = (state.absorbed ?? []).filter((id) => id !== event.data.absorbedId);
      return left.length > 0 ? { ...rest, absorbed: left } : rest;
    }
    case 'CustomerAbsorbed':
      return { ...state, mergedInto: event.data.survivorId };
    case 'CustomerRestored': {
      const { mergedInto: _, ...rest } = state;
      return rest;
    }
    default:
      return state;
  }
}

function registered(event: CustomerRegistered): ActiveCustomer {
  const { data } = event;
  return {
    status: 'active',
    customerId: data.customerId,
    kind: data.kind,
    organizationId: data.organizationId,
    organizationRole: data.organizationRole ?? null,
    source: data.source,
    ownerId: data.ownerId,
    registeredAt: data.occurredAt,
    // Unreadable personal data (the "[erased]" marker once the key is destroyed) counts as absent:
    // an erased person's earlier state has no personal fields, not the marker's characters.
    personal: (personalDataOf(event) ?? {}) as CustomerPersonal,
    attributes: data.attributes,
    consents: {},
    complaints: {},
    tasks: {},
    orders: emptyOrderBook,
    touches: { total: 0, byType: {} },
    purchaseTotals: {},
    lastTouchAt: null,
    amendedTouches: {},
  };
}

/** A back-filled consent older than the one we hold is history, not the current answer. */
function consentChanged(state: ActiveCustomer, event: ConsentGiven | ConsentWithdrawn): ActiveCustomer {
  const { channel, source, occurredAt } = event.data;
  const current = state.consents[channel];
  if (current && current.at > occurredAt) return state;
  const consent: ConsentState =
    event.type === 'ConsentGiven'
      ? { status: 'given', legalBasis: event.data.legalBasis, source, textVersion: event.data.textVersion, at: occurredAt }
      : { status: 'withdrawn', legalBasis: null, source, textVersion: null, at: occurredAt };
  return { ...state, consents: { ...state.consents, [channel]: consent } };
}
