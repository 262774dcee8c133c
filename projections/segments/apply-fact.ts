import {
  defaultLifecycleRules,
  isTouchEvent,
  lifecycleEventTypes,
  recordLifecycleFact,
  type CustomerEvent,
  type LifecycleEvent,
  type TouchFacts,
} from '#crm/domain';
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
  if (event.type === 'TouchVoided' || event.type === 'TouchCorrected') {
    const previous = event.type === 'TouchVoided' ? event.data.voided : event.data.previous;
    withdrawTouch(facts, previous, changed);
    if (event.type === 'TouchCorrected') addTouch(facts, event.data.corrected, Date.parse(event.data.corrected.data.occurredAt), changed);
    return [...changed];
  }
  if (!isTouchEvent(event)) return [...changed];
  addTouch(facts, event, at, changed);
  return [...changed];
}

function addTouch(facts: CustomerFacts, touch: TouchFacts, at: number, changed: Set<FactGroup>): void {
  if (facts.lastTouchAt === null || at > facts.lastTouchAt) facts.lastTouchAt = at;
  changed.add('touches');
  switch (touch.type) {
    case 'PurchaseRecorded':
    case 'PurchaseCancelled':
    case 'ReturnRecorded':
      facts.purchases.push(purchaseFact(touch, at));
      changed.add('purchases');
      break;
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
      facts.lastSurveyScore = touch.data.score;
      facts.lastSurveyAt = at;
      facts.surveyCount += 1;
      facts.surveyTotal += touch.data.score;
      changed.add('surveys');
      break;
  }
}

function purchaseFact(touch: Extract<TouchFacts, { type: 'PurchaseRecorded' | 'PurchaseCancelled' | 'ReturnRecorded' }>, at: number) {
  const cancellation = touch.type !== 'PurchaseRecorded';
  return { at, amount: cancellation ? -touch.data.amount : touch.data.amount, currency: touch.data.currency, cancellation };
}

/**
 * Takes a voided (or corrected) touch back out of the facts it counted in. The latest touch time
 * and the last survey score stay: the facts keep no list to find the one before.
 */
function withdrawTouch(facts: CustomerFacts, touch: TouchFacts, changed: Set<FactGroup>): void {
  const at = Date.parse(touch.data.occurredAt);
  changed.add('touches');
  switch (touch.type) {
    case 'PurchaseRecorded':
    case 'PurchaseCancelled':
    case 'ReturnRecorded': {
      const fact = purchaseFact(touch, at);
      const index = facts.purchases.findIndex((each) => each.at === fact.at && each.amount === fact.amount && each.currency === fact.currency);
      if (index >= 0) facts.purchases.splice(index, 1);
      changed.add('purchases');
      break;
    }
    case 'ComplaintFiled': {
      const index = facts.complaints.findIndex((each) => each.at === at);
      if (index >= 0) facts.complaints.splice(index, 1);
      facts.openComplaints = Math.max(0, facts.openComplaints - 1);
      changed.add('complaints');
      break;
    }
    case 'ComplaintResolved':
      facts.openComplaints += 1;
      changed.add('complaints');
      break;
    case 'SurveyAnswered':
      facts.surveyCount -= 1;
      facts.surveyTotal -= touch.data.score;
      changed.add('surveys');
      break;
  }
}
