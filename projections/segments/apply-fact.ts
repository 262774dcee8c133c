import { defaultLifecycleRules, isTouchEvent, lifecycleEventTypes, recordLifecycleFact, type LifecycleEvent } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import type { CustomerFacts } from './customer-facts.js';
import type { FactGroup } from './rule-facts.js';

/** Every group: a customer who appears or is erased may enter or leave any segment. */
export const EVERY_GROUP = 'every' as const;

type Data = Record<string, any>;

/**
 * Folds one event into a customer's facts (in place) and says which groups of facts it changed.
 * `now` is the projection's clock, for the lifecycle rules' windows.
 */
export function applyFact(facts: CustomerFacts, event: RecordedEvent, at: number, now: number): FactGroup[] | typeof EVERY_GROUP {
  const data = event.data as Data;
  const changed = new Set<FactGroup>();
  if ((lifecycleEventTypes as readonly string[]).includes(event.type)) {
    facts.lifecycle = recordLifecycleFact(facts.lifecycle, event as unknown as LifecycleEvent, now, defaultLifecycleRules);
    changed.add('lifecycle');
  }
  switch (event.type) {
    case 'CustomerRegistered':
      Object.assign(facts, { active: true, kind: data.kind, source: data.source, ownerId: data.ownerId ?? null, attributes: { ...data.attributes } });
      return EVERY_GROUP;
    case 'CustomerErased':
      facts.active = false;
      return EVERY_GROUP;
    case 'CustomerDetailsChanged':
      if (data.source !== undefined) facts.source = data.source;
      return ['profile'];
    case 'CustomerAttributesChanged':
      facts.attributes = { ...facts.attributes, ...data.set };
      for (const key of data.unset ?? []) delete facts.attributes[key];
      return ['profile'];
    case 'CustomerOwnerAssigned':
      facts.ownerId = data.ownerId;
      return ['owner'];
  }
  if (!isTouchEvent(event)) return [...changed];
  if (facts.lastTouchAt === null || at > facts.lastTouchAt) facts.lastTouchAt = at;
  changed.add('touches');
  switch (event.type) {
    case 'PurchaseRecorded':
    case 'PurchaseCancelled': {
      const cancellation = event.type === 'PurchaseCancelled';
      facts.purchases.push({ at, amount: cancellation ? -data.amount : data.amount, currency: data.currency, cancellation });
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
      facts.lastSurveyScore = data.score;
      facts.surveyCount += 1;
      facts.surveyTotal += data.score;
      changed.add('surveys');
      break;
  }
  return [...changed];
}
