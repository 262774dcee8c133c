import { isTouchEvent, type TouchEvent } from '../customer/touches/touch.events.js';
import type { DomainEvent } from '../shared/decider.js';

/** What the customer's own stream says about its latest lead: the only input to "is it overdue?". */
export type FollowUpState = {
  /**
   * `followUps`: the touches that followed it up and stand (not voided); `handedOver`: it changed
   * owner after it went overdue, by the reassignment or by someone's hand.
   */
  lead: { capturedAt: string; followUps: number; overdue: boolean; handedOver: boolean } | null;
  ownerId: string | null;
  erased: boolean;
  /** Merged into another record: its survivor's owner follows the person up, nobody chases this one. */
  absorbed: boolean;
};

export const initialFollowUpState: FollowUpState = { lead: null, ownerId: null, erased: false, absorbed: false };

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
      return { ...state, lead: { capturedAt: String(data.occurredAt), followUps: 0, overdue: false, handedOver: false } };
    // An owner given at registration owns the first lead just as it owns a later one.
    case 'CustomerRegistered':
      return typeof data.ownerId === 'string' ? { ...state, ownerId: data.ownerId } : state;
    case 'CustomerOwnerAssigned': {
      const lead = state.lead?.overdue ? { ...state.lead, handedOver: true } : state.lead;
      return { ...state, lead, ownerId: String(data.ownerId) };
    }
    case 'CustomerErased':
      return { ...state, erased: true };
    case 'CustomerAbsorbed':
      return { ...state, absorbed: true };
    case 'CustomerRestored':
      return { ...state, absorbed: false };
    case 'TouchVoided':
      return withdrawn(state, data.voided as VoidedTouch);
    case 'FollowUpOverdue':
      return state.lead ? { ...state, lead: { ...state.lead, overdue: true } } : state;
    default:
      if (state.lead && isFollowUpTouch(event)) return { ...state, lead: { ...state.lead, followUps: state.lead.followUps + 1 } };
      return state;
  }
}

type VoidedTouch = { type: string; data: { occurredAt: string } };

/** Business time: a void names its touch by event id, and the fold keeps no ids. */
const atOrAfter = (touch: VoidedTouch, capturedAt: string) => Date.parse(touch.data.occurredAt) >= Date.parse(capturedAt);

/**
 * A voided lead leaves nothing to follow up. A voided follow-up touch made at or after the lead's
 * capture takes its follow-up back: the lead waits again (its deadline job, if it already ran,
 * does not come back).
 */
function withdrawn(state: FollowUpState, voided: VoidedTouch): FollowUpState {
  const lead = state.lead;
  if (!lead) return state;
  if (voided.type === 'LeadCaptured') return Date.parse(voided.data.occurredAt) === Date.parse(lead.capturedAt) ? { ...state, lead: null } : state;
  if (isFollowUpTouch(voided) && lead.followUps > 0 && atOrAfter(voided, lead.capturedAt)) return { ...state, lead: { ...lead, followUps: lead.followUps - 1 } };
  return state;
}
