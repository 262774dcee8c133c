import type { DomainEvent } from '../shared/decider.js';
import type { SignalType } from '../signal/signal-types.js';

/** Simple tests on a triggering event's data: a dotted path, an operator, a value. */
export const conditionOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export type ConditionOperator = (typeof conditionOperators)[number];
export type AutomationCondition = { field: string; op: ConditionOperator; value?: string | number | boolean | null };

/**
 * What starts an automation. Segment entries/exits, lifecycle transitions and signals are
 * read-model changes, not events of the log (a time sweep moves them too): see docs/marketing.md.
 * A signal trigger's conditions test the signal's facts (`daysSinceLastPurchase`, `lift`, ...).
 */
export type AutomationTrigger =
  | { kind: 'event'; eventType: string; conditions: AutomationCondition[] }
  | { kind: 'segment'; segmentId: string; on: 'enter' | 'exit' }
  | { kind: 'lifecycle'; to: string; from: string | null }
  | { kind: 'signal'; signalType: SignalType; conditions: AutomationCondition[] };
export const triggerKinds = ['event', 'segment', 'lifecycle', 'signal'] as const;

export const messageChannels = ['email', 'sms'] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** What it does, for the customer whose event (or change) triggered it. */
export type AutomationAction =
  | { kind: 'task'; title: string; dueInMinutes: number }
  | { kind: 'notify'; message: string }
  | { kind: 'message'; channel: MessageChannel; subject: string; body: string }
  | { kind: 'webhook'; url: string };
export const actionKinds = ['task', 'notify', 'message', 'webhook'] as const;

/** One version of an automation: each definition replaces the previous one whole, from then on. */
export type AutomationDefinition = {
  name: string;
  trigger: AutomationTrigger;
  delayMinutes: number;
  action: AutomationAction;
  /** The share of customers held back as the control group, 0 to 0.5. */
  controlShare: number;
};

export type AutomationDefined = DomainEvent<'AutomationDefined', { automationId: string; version: number; occurredAt: string } & AutomationDefinition>;
export type AutomationPaused = DomainEvent<'AutomationPaused', { automationId: string; occurredAt: string }>;
export type AutomationResumed = DomainEvent<'AutomationResumed', { automationId: string; occurredAt: string }>;

export const firingGroups = ['treated', 'control'] as const;
export type FiringGroup = (typeof firingGroups)[number];

/**
 * One trigger acted on (or deliberately held back: the control group). Its id is seeded by the
 * automation and the trigger, so however often the trigger is seen, it fires once.
 */
export type AutomationFired = DomainEvent<
  'AutomationFired',
  { automationId: string; version: number; triggerEventId: string; customerId: string; group: FiringGroup; occurredAt: string }
>;

export type AutomationEvent = AutomationDefined | AutomationPaused | AutomationResumed | AutomationFired;

export const automationEventTypes = { AutomationDefined: true, AutomationPaused: true, AutomationResumed: true, AutomationFired: true } as const;
