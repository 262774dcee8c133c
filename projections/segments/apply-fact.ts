import { defaultLifecycleRules, isTouchEvent, lifecycleEventTypes, recordLifecycleFact, type CustomerEvent, type LifecycleEvent } from '#crm/domain';
import type { CustomerFacts } from './customer-facts.js';
import type { FactGroup } from './rule-facts.js';

/** Every group: a customer who appears or is erased may enter or leave any segment. */
export const EVERY_GROUP = 'every' as const;

/** The customer events a segment's facts are folded from. */
export type CustomerFactEvent =
  LifecycleEvent | Extract<CustomerEvent, { type: 'CustomerDetailsChanged' | 'CustomerAttributesChanged' | 'CustomerOwnerAssigned' | 'CustomerErased' }>;

const isLifecycleEvent = (event: CustomerFactEvent): event is LifecycleEvent => (lifecycleEventTypes as readonly string[]).includes(event.type);

/**
 * Folds one event into a customer's facts (in place) and says which groups of facts it changed.
 * `now` is the projection's clock, for the lifecycle rules' windows.
 */
export function applyFact(facts: CustomerFacts, event: CustomerFactEvent, at: number, now: number): FactGroup[] | typeof EVERY_GROUP {
  const changed = new Set<FactGroup>();
  if (isLifecycleEvent(event)) {
    facts.lifecycle = recordLifecycleFact(facts.lifecycle, event, now, defaultLifecycleRules);
    changed.add('lifecycle');
  }
  switch (event.type) {
    case 'CustomerRegistered': {
      const { data } = event;
      Object.assign(facts, { active: true, kind: data.kind, source: data.source, ownerId: data.ownerId ?? null, attributes: { ...data.attributes } });
      return EVERY_GROUP;
    }
    case 'CustomerErased':
      facts.active = false;
      return EVERY_GROUP;
    case 'CustomerDetailsChanged':
      if (event.data.source !== undefined) facts.source = event.data.source;
      return ['profile'];
    case 'CustomerAttributesChanged':
      facts.attributes = { ...facts.attributes, ...event.data.set };
      for (const key of event.data.unset ?? []) delete facts.attributes[key];
      return ['profile'];
    case 'CustomerOwnerAssigned':
      facts.ownerId = event.data.ownerId;
      return ['owner'];
  }
  if (!isTouchEvent(event)) return [...changed];
  if (facts.lastTouchAt === null || at > facts.lastTouchAt) facts.lastTouchAt = at;
  changed.add('touches');
  switch (event.type) {
    case 'PurchaseRecorded':
    case 'PurchaseCancelled':
    case 'ReturnRecorded': {
      const cancellation = event.type !== 'PurchaseRecorded';
      facts.purchases.push({ at, amount: cancellation ? -event.data.amount : event.data.amount, currency: event.data.currency, cancellation });
      changed.add('purchases');
      break;
    }
    case 'ComplaintFiled':
      facts.complaints.push({ at });
      facts.openComplaints += 1;
      changed.add('complaints');
      break;
    case 'ComplaintResolved':
      facts.openComplaints = Math.max(0, facts.openComplaints - 1);
      changed.add('complaints');
      break;
    case 'SurveyAnswered':
      facts.lastSurveyScore = event.data.score;
      facts.surveyCount += 1;
      facts.surveyTotal += event.data.score;
      changed.add('surveys');
      break;
  }
  return [...changed];
}
