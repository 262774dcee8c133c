import { classifyLifecycle, defaultLifecycleRules, nextLifecycleChange, samePosition, type LifecyclePosition, type LifecycleRules } from '#crm/domain';
import type { Recorded } from '#crm/projection-runner';
import { applyFact, type CustomerFactEvent } from '../segments/apply-fact.js';
import { copyFacts, emptyFacts, type CustomerFacts } from '../segments/customer-facts.js';
import { eventContext } from '../shared/recorded-event-context.js';

/**
 * A customer's facts at one business instant: the fold, in log order, of every event of the
 * customer that happened at or before `at` (docs/time-travel.md). `eventId` is the last event (in
 * log order) that happened exactly then: what a change of stage at `at` is put down to.
 */
export interface FactPoint {
  at: number;
  eventId: string;
  facts: CustomerFacts;
}

/** A stretch of business time in one lifecycle position; `to` null while it lasts. */
export interface LifecyclePeriod {
  from: number;
  to: number | null;
  previous: LifecyclePosition | null;
  position: LifecyclePosition;
  /** The event whose instant began it, or null when time alone did (a lapse). */
  eventId: string | null;
}

/** When an event counts on the business axis; an erasure counts on every instant. */
export function businessInstant(event: Recorded<CustomerFactEvent>): number {
  return event.type === 'CustomerErased' ? -Infinity : eventContext(event).occurredAt.getTime();
}

/**
 * Folds one event, the newest of the log so far, into the points it reaches: the one at its own
 * instant (made from the point before it, when there is none) and every later one. `points` is
 * sorted by `at` and holds every point at or after the latest one before the event's instant.
 * The points it does not reach come back as they were (the same objects).
 */
export function foldIntoPoints(points: FactPoint[], customerId: string, event: Recorded<CustomerFactEvent>): FactPoint[] {
  const at = businessInstant(event);
  const touchAt = eventContext(event).occurredAt.getTime();
  // From the end: an event in order reaches the last point or none, so this stays constant time.
  let reached = points.length;
  while (reached > 0 && points[reached - 1]!.at >= at) reached -= 1;
  const next = points.slice(0, reached);
  if (at !== -Infinity && points[reached]?.at !== at) {
    const before = next.at(-1);
    const facts = before ? copyFacts(before.facts) : emptyFacts(customerId);
    applyFact(facts, event, touchAt, at);
    next.push({ at, eventId: event.id, facts });
  }
  for (const point of points.slice(reached)) {
    const facts = copyFacts(point.facts);
    applyFact(facts, event, touchAt, point.at);
    next.push({ at: point.at, eventId: point.at === at ? event.id : point.eventId, facts });
  }
  return next;
}

/** Where the facts put a customer at `at`, or null before its first lifecycle event. */
function positionAt(facts: CustomerFacts, at: number, rules: LifecycleRules = defaultLifecycleRules): LifecyclePosition | null {
  return facts.lifecycle.firstSeenAt === null ? null : classifyLifecycle(facts.lifecycle, at, rules);
}

/**
 * The lifecycle periods from the first of `points` on, `entering` being the position just before
 * it. Between two points the facts stand still and only time moves the customer (lapses).
 */
export function lifecyclePeriods(points: FactPoint[], entering: LifecyclePosition | null, rules: LifecycleRules = defaultLifecycleRules): LifecyclePeriod[] {
  const periods: LifecyclePeriod[] = [];
  let current = entering;
  const move = (at: number, position: LifecyclePosition | null, eventId: string | null) => {
    if (position === null || samePosition(position, current)) return;
    const last = periods.at(-1);
    if (last) last.to = at;
    periods.push({ from: at, to: null, previous: current, position, eventId });
    current = position;
  };
  points.forEach((point, index) => {
    move(point.at, positionAt(point.facts, point.at, rules), point.eventId);
    if (current === null) return;
    const until = points[index + 1]?.at ?? Infinity;
    for (
      let due = nextLifecycleChange(point.facts.lifecycle, point.at, rules);
      due !== null && due < until;
      due = nextLifecycleChange(point.facts.lifecycle, due, rules)
    ) {
      move(due, classifyLifecycle(point.facts.lifecycle, due, rules), null);
    }
  });
  return periods;
}
