import { classifyLifecycle } from './lifecycle.classify.js';
import type { LifecycleFacts } from './lifecycle.facts.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';
import { samePosition } from './lifecycle.stage.js';
import { LifecycleWindows } from './lifecycle.windows.js';

/**
 * Every instant after `after` at which some window closes or some lapse falls due for these facts,
 * in order, each once. Called for every point of every customer a replay folds: no arrays but the one.
 */
function boundariesAfter(facts: LifecycleFacts, rules: LifecycleRules, after: number): number[] {
  const found: number[] = [];
  const add = (at: number | null, windowDays: number) => {
    if (at === null) return;
    const due = at + days(windowDays);
    if (due > after) found.push(due);
  };
  add(facts.firstSeenAt, rules.leadLapseDays);
  add(facts.lastInterestAt, rules.prospectLapseDays);
  add(facts.lastReplyAt, rules.recentReplyDays);
  add(facts.lastBoughtAt, rules.purchaseLapseDays);
  for (const at of facts.replies) add(at, rules.interestWindowDays);
  for (const fact of facts.money) add(fact.at, rules.valueWindowDays);
  found.sort((a, b) => a - b);
  return found.filter((at, index) => at !== found[index - 1]);
}

/**
 * The first instant after `after` at which time alone (no new event) moves the customer to another
 * stage or grade, or null if time alone never will. The classification only changes at a boundary,
 * so checking the boundaries in order finds it.
 */
export function nextLifecycleChange(facts: LifecycleFacts, after: number, rules: LifecycleRules): number | null {
  const upcoming = boundariesAfter(facts, rules, after);
  if (upcoming.length === 0) return null;
  const windows = new LifecycleWindows(facts, rules);
  const current = classifyLifecycle(facts, after, rules, windows);
  return upcoming.find((at) => !samePosition(classifyLifecycle(facts, at, rules, windows), current)) ?? null;
}
