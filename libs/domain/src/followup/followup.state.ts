import { isTouchEvent, type TouchEvent } from '../customer/touches/touch.events.js';
import type { DomainEvent } from '../shared/decider.js';

/** What the customer's own stream says about its latest lead: the only input to "is it overdue?". */
export type FollowUpState = {
  /** `handedOver`: it changed owner after it went overdue, by the reassignment or by someone's hand. */
  lead: { capturedAt: string; touched: boolean; overdue: boolean; handedOver: boolean } | null;
  ownerId: string | null;
  erased: boolean;
};

export const initialFollowUpState: FollowUpState = { lead: null, ownerId: null, erased: false };

/** A promotion is sent by the system, not by a person following the lead up. */
const NOT_A_FOLLOW_UP = new Set(['LeadCaptured', 'PromotionSent']);

/** A touch by which someone followed a lead up: the follow-up decider and projection both ask this. */
export function isFollowUpTouch(event: { type: string }): event is TouchEvent {
  return isTouchEvent(event) && !NOT_A_FOLLOW_UP.has(event.type);
}

/** Folds any customer-stream event; types it does not care about leave the state as it is. */
export function evolveFollowUp(state: FollowUpState, event: DomainEvent): FollowUpState {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'LeadCaptured':
      return { ...state, lead: { capturedAt: String(data.occurredAt), touched: false, overdue: false, handedOver: false } };
    // An owner given at registration owns the first lead as any later one does.
    case 'CustomerRegistered':
      return typeof data.ownerId === 'string' ? { ...state, ownerId: data.ownerId } : state;
    case 'CustomerOwnerAssigned': {
      const lead = state.lead?.overdue ? { ...state.lead, handedOver: true } : state.lead;
      return { ...state, lead, ownerId: String(data.ownerId) };
    }
    case 'CustomerErased':
      return { ...state, erased: true };
    case 'FollowUpOverdue':
      return state.lead ? { ...state, lead: { ...state.lead, overdue: true } } : state;
    default:
      if (state.lead && isFollowUpTouch(event)) return { ...state, lead: { ...state.lead, touched: true } };
      return state;
  }
}
