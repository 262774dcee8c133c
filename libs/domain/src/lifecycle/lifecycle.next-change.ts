import { classifyLifecycle } from './lifecycle.classify.js';
import type { LifecycleFacts } from './lifecycle.facts.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';
import { samePosition } from './lifecycle.stage.js';
import { LifecycleWindows } from './lifecycle.windows.js';

/** Every instant at which some window closes or some lapse falls due for these facts. */
function boundaries(facts: LifecycleFacts, rules: LifecycleRules): number[] {
  const after = (at: number | null, windowDays: number) => (at === null ? [] : [at + days(windowDays)]);
  return [
    ...after(facts.firstSeenAt, rules.leadLapseDays),
    ...after(facts.lastInterestAt, rules.prospectLapseDays),
    ...after(facts.lastReplyAt, rules.recentReplyDays),
    ...after(facts.lastBoughtAt, rules.purchaseLapseDays),
    ...facts.replies.flatMap((at) => after(at, rules.interestWindowDays)),
    ...facts.money.flatMap((fact) => after(fact.at, rules.valueWindowDays)),
  ];
}

/**
 * The first instant after `after` at which time alone (no new event) moves the customer to another
 * stage or grade, or null if time alone never will. The classification only changes at a boundary,
 * so checking the boundaries in order finds it.
 */
export function nextLifecycleChange(facts: LifecycleFacts, after: number, rules: LifecycleRules): number | null {
  const windows = new LifecycleWindows(facts, rules);
  const current = classifyLifecycle(facts, after, rules, windows);
  const upcoming = [...new Set(boundaries(facts, rules))].filter((at) => at > after).sort((a, b) => a - b);
  return upcoming.find((at) => !samePosition(classifyLifecycle(facts, at, rules, windows), current)) ?? null;
}
