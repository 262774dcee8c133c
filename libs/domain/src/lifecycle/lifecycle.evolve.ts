import { classifyLifecycle } from './lifecycle.classify.js';
import { noFacts, recordLifecycleFact, type LifecycleEvent, type LifecycleFacts } from './lifecycle.facts.js';
import { nextLifecycleChange } from './lifecycle.next-change.js';
import type { LifecycleRules } from './lifecycle.rules.js';
import { samePosition, type LifecyclePosition } from './lifecycle.stage.js';

/** One customer's lifecycle as the projection keeps it. Instants are epoch milliseconds. */
export interface CustomerLifecycle {
  /** Null until the first event. */
  position: LifecyclePosition | null;
  /** When the current position began. */
  since: number | null;
  /** The latest instant the position was worked out for: the last event learnt, or the last lapse. */
  evaluatedAt: number | null;
  facts: LifecycleFacts;
}

export const initialLifecycle: CustomerLifecycle = { position: null, since: null, evaluatedAt: null, facts: noFacts };

/** What moved a customer: an event (by id) or time alone. */
export const LAPSE = 'lapse';

export interface LifecycleTransition {
  from: LifecyclePosition | null;
  to: LifecyclePosition;
  at: number;
  /** The id of the event that caused it, or LAPSE. */
  cause: string;
}

export interface LifecycleStep {
  lifecycle: CustomerLifecycle;
  transitions: LifecycleTransition[];
}

/** An event with what the log says about it: its id, and when the CRM learnt it (recorded time). */
export interface LearntEvent {
  eventId: string;
  recordedAt: number;
  event: LifecycleEvent;
}

/** When time alone will next move this customer, or null. */
export function nextLapseAt(lifecycle: CustomerLifecycle, rules: LifecycleRules): number | null {
  if (lifecycle.position === null || lifecycle.evaluatedAt === null) return null;
  return nextLifecycleChange(lifecycle.facts, lifecycle.evaluatedAt, rules);
}

/** Applies every time-based change due at or before `until`, each as a LAPSE transition at the instant it fell due. */
export function applyLapses(lifecycle: CustomerLifecycle, until: number, rules: LifecycleRules): LifecycleStep {
  const transitions: LifecycleTransition[] = [];
  let current = lifecycle;
  for (let due = nextLapseAt(current, rules); due !== null && due <= until; due = nextLapseAt(current, rules)) {
    const to = classifyLifecycle(current.facts, due, rules);
    transitions.push({ from: current.position, to, at: due, cause: LAPSE });
    current = { ...current, position: to, since: due, evaluatedAt: due };
  }
  return { lifecycle: current, transitions };
}

/**
 * Learns one event: lapses due before it first, so the history does not depend on when sweeps
 * ran, then the event's facts, evaluated when it was recorded (never before the last evaluation).
 */
export function applyLifecycleEvent(lifecycle: CustomerLifecycle, learnt: LearntEvent, rules: LifecycleRules): LifecycleStep {
  const lapsed = applyLapses(lifecycle, learnt.recordedAt, rules);
  const before = lapsed.lifecycle;
  const now = Math.max(before.evaluatedAt ?? learnt.recordedAt, learnt.recordedAt);
  const facts = recordLifecycleFact(before.facts, learnt.event, now, rules);
  const position = classifyLifecycle(facts, now, rules);
  if (samePosition(position, before.position)) {
    return { lifecycle: { ...before, facts, evaluatedAt: now }, transitions: lapsed.transitions };
  }
  const transition: LifecycleTransition = { from: before.position, to: position, at: now, cause: learnt.eventId };
  return {
    lifecycle: { position, since: now, evaluatedAt: now, facts },
    transitions: [...lapsed.transitions, transition],
  };
}
