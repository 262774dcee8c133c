import type { CustomerRegistered } from '../customer/customer.events.js';
import type { TouchEvent } from '../customer/touches/touch.events.js';
import type { TouchCorrectionEvent, TouchFacts } from '../customer/corrections/correction.events.js';
import type { OpportunityEvent, OpportunityStage } from '../opportunity/opportunity.events.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';

/** The events a customer's lifecycle is decided from. */
export type LifecycleEvent = CustomerRegistered | TouchEvent | TouchCorrectionEvent | OpportunityEvent;

/** An event as the facts read it: a touch's personal data plays no part (a voided or corrected touch carries none). */
type FactEvent = CustomerRegistered | TouchFacts | OpportunityEvent;

export const lifecycleEventTypes: readonly LifecycleEvent['type'][] = [
  'CustomerRegistered',
  'CallLogged',
  'VisitRecorded',
  'EmailLogged',
  'PurchaseRecorded',
  'PurchaseCancelled',
  'ReturnRecorded',
  'ComplaintFiled',
  'ComplaintResolved',
  'SurveyAnswered',
  'PromotionSent',
  'PromotionAnswered',
  'ServiceUsed',
  'NoteAdded',
  'TaskScheduled',
  'TaskCompleted',
  'TaskRescheduled',
  'LeadCaptured',
  'TouchVoided',
  'TouchCorrected',
  'OpportunityOpened',
  'OpportunityStageChanged',
  'OpportunityWon',
  'OpportunityLost',
];

/** Money moved by one purchase (positive), cancellation or return (negative), in business time. */
export interface MoneyFact {
  at: number;
  currency: string;
  amount: number;
  /** Amount minus cost; null when the cost is unknown (cancellations carry none). */
  margin: number | null;
  /** Purchases count towards repeat buying; cancellations only take money back. */
  purchase: boolean;
}

/**
 * What the rules look at, per customer. Instants are epoch milliseconds of business time
 * (`occurredAt`). Windowed lists keep only entries that can still fall inside their window.
 */
export interface LifecycleFacts {
  firstSeenAt: number | null;
  /** First touch that reached the person (see `reachesPerson`). */
  contactedAt: number | null;
  /** Answered touches within the interest window, oldest first. */
  replies: number[];
  lastReplyAt: number | null;
  /** Latest interest signal: first contact, answered touch or deal move. */
  lastInterestAt: number | null;
  openDeals: Record<string, OpportunityStage>;
  lastDealLostAt: number | null;
  /** Purchases and cancellations within the value window. */
  money: MoneyFact[];
  /** Latest purchase or won deal. */
  lastBoughtAt: number | null;
}

export const noFacts: LifecycleFacts = {
  firstSeenAt: null,
  contactedAt: null,
  replies: [],
  lastReplyAt: null,
  lastInterestAt: null,
  openDeals: {},
  lastDealLostAt: null,
  money: [],
  lastBoughtAt: null,
};

const later = (a: number | null, b: number): number => (a === null ? b : Math.max(a, b));
const earlier = (a: number | null, b: number): number => (a === null ? b : Math.min(a, b));

/** The customer answered: an inbound or reached call, an inbound email, a visit, a survey, a promotion clicked or accepted. */
export function isReply(event: FactEvent): boolean {
  switch (event.type) {
    case 'CallLogged':
      return event.data.direction === 'inbound' || event.data.outcome === 'reached';
    case 'EmailLogged':
      return event.data.direction === 'inbound';
    case 'VisitRecorded':
    case 'SurveyAnswered':
      return true;
    case 'PromotionAnswered':
      return event.data.response === 'clicked' || event.data.response === 'accepted';
    default:
      return false;
  }
}

/** A touch with the person, as opposed to an attempt (unanswered call), mass mailing or internal work. */
export function reachesPerson(event: FactEvent): boolean {
  switch (event.type) {
    case 'EmailLogged':
    case 'ComplaintFiled':
    case 'ServiceUsed':
    case 'PurchaseRecorded':
    case 'OpportunityOpened':
      return true;
    default:
      return isReply(event);
  }
}

/**
 * Adds one event to the facts, `now` being when the CRM learnt it: entries that can no longer
 * fall inside a window at `now` or later are dropped, so the facts stay small.
 */
export function recordLifecycleFact(facts: LifecycleFacts, event: LifecycleEvent, now: number, rules: LifecycleRules): LifecycleFacts {
  switch (event.type) {
    case 'TouchVoided':
      return prune(withdrawn(facts, event.data.voided), now, rules);
    case 'TouchCorrected':
      return recorded(withdrawn(facts, event.data.previous), event.data.corrected, now, rules);
    default:
      return recorded(facts, event, now, rules);
  }
}

/**
 * Takes back what a voided (or corrected) touch added where the facts keep it one by one: its
 * money and its reply. The first contact and the latest interest are kept, being a single instant
 * each: the facts hold nothing to tell what came before them.
 */
function withdrawn(facts: LifecycleFacts, touch: TouchFacts): LifecycleFacts {
  const at = Date.parse(touch.data.occurredAt);
  const next = { ...facts };
  if (isReply(touch)) next.replies = withoutOne(facts.replies, (reply) => reply === at);
  const added = withMoney(noFacts, touch, at).money[0];
  if (added) next.money = withoutOne(facts.money, (fact) => fact.at === added.at && fact.amount === added.amount && fact.currency === added.currency);
  return next;
}

function withoutOne<T>(list: T[], matches: (item: T) => boolean): T[] {
  const index = list.findIndex(matches);
  return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
}

function recorded(facts: LifecycleFacts, event: FactEvent, now: number, rules: LifecycleRules): LifecycleFacts {
  const at = Date.parse(event.data.occurredAt);
  let next: LifecycleFacts = { ...facts, firstSeenAt: earlier(facts.firstSeenAt, at) };
  if (reachesPerson(event)) {
    next.contactedAt = earlier(next.contactedAt, at);
    next.lastInterestAt = later(next.lastInterestAt, at);
  }
  if (isReply(event)) {
    next.replies = [...next.replies, at].sort((a, b) => a - b);
    next.lastReplyAt = later(next.lastReplyAt, at);
  }
  next = withDeals(next, event, at);
  next = withMoney(next, event, at);
  return prune(next, now, rules);
}

function withDeals(facts: LifecycleFacts, event: FactEvent, at: number): LifecycleFacts {
  switch (event.type) {
    case 'OpportunityOpened':
      return { ...facts, openDeals: { ...facts.openDeals, [event.data.opportunityId]: event.data.stage } };
    case 'OpportunityStageChanged':
      return {
        ...facts,
        openDeals: { ...facts.openDeals, [event.data.opportunityId]: event.data.to },
        lastInterestAt: later(facts.lastInterestAt, at),
      };
    case 'OpportunityWon':
      return { ...facts, openDeals: closed(facts.openDeals, event.data.opportunityId), lastBoughtAt: later(facts.lastBoughtAt, at) };
    case 'OpportunityLost':
      return { ...facts, openDeals: closed(facts.openDeals, event.data.opportunityId), lastDealLostAt: later(facts.lastDealLostAt, at) };
    default:
      return facts;
  }
}

function closed(deals: Record<string, OpportunityStage>, opportunityId: string): Record<string, OpportunityStage> {
  const { [opportunityId]: _closed, ...open } = deals;
  return open;
}

function withMoney(facts: LifecycleFacts, event: FactEvent, at: number): LifecycleFacts {
  if (event.type === 'PurchaseRecorded') {
    const { amount, cost, currency } = event.data;
    const fact: MoneyFact = { at, currency, amount, margin: cost === null ? null : amount - cost, purchase: true };
    return { ...facts, money: [...facts.money, fact], lastBoughtAt: later(facts.lastBoughtAt, at) };
  }
  if (event.type === 'PurchaseCancelled' || event.type === 'ReturnRecorded') {
    const { amount, currency } = event.data;
    return { ...facts, money: [...facts.money, { at, currency, amount: -amount, margin: null, purchase: false }] };
  }
  return facts;
}

function prune(facts: LifecycleFacts, now: number, rules: LifecycleRules): LifecycleFacts {
  const interestFrom = now - days(rules.interestWindowDays);
  const valueFrom = now - days(rules.valueWindowDays);
  return {
    ...facts,
    replies: facts.replies.filter((at) => at > interestFrom),
    money: facts.money.filter((fact) => fact.at > valueFrom),
  };
}

const laterOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));
const earlierOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * The facts of two records of one person read as one customer's (a merge, docs/duplicates.md):
 * first times the earlier, latest times the later, replies, deals and money together.
 */
export function combinedLifecycleFacts(a: LifecycleFacts, b: LifecycleFacts): LifecycleFacts {
  return {
    firstSeenAt: earlierOf(a.firstSeenAt, b.firstSeenAt),
    contactedAt: earlierOf(a.contactedAt, b.contactedAt),
    replies: [...a.replies, ...b.replies].sort((x, y) => x - y),
    lastReplyAt: laterOf(a.lastReplyAt, b.lastReplyAt),
    lastInterestAt: laterOf(a.lastInterestAt, b.lastInterestAt),
    openDeals: { ...a.openDeals, ...b.openDeals },
    lastDealLostAt: laterOf(a.lastDealLostAt, b.lastDealLostAt),
    money: [...a.money, ...b.money].sort((x, y) => x.at - y.at),
    lastBoughtAt: laterOf(a.lastBoughtAt, b.lastBoughtAt),
  };
}
