import type { OpportunityStage } from '../opportunity/opportunity.events.js';
import type { LifecycleFacts } from './lifecycle.facts.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';
import type { CustomerGrade, LifecyclePosition, ProspectGrade } from './lifecycle.stage.js';
import { LifecycleWindows, type WindowedMeasures } from './lifecycle.windows.js';

/** Deals this far along show a decision is near. */
const ADVANCED_DEAL_STAGES: readonly OpportunityStage[] = ['proposal', 'negotiation'];

const LOST: LifecyclePosition = { stage: 'lost', grade: null };

/**
 * The stage and grade the facts put a customer in at `now` (epoch ms); docs/lifecycle.md states the
 * rules. `windows`, over the same facts, lets a caller classify at many later instants cheaply.
 */
export function classifyLifecycle(facts: LifecycleFacts, now: number, rules: LifecycleRules, windows?: LifecycleWindows): LifecyclePosition {
  const measured = () => (windows ?? new LifecycleWindows(facts, rules)).at(now);
  if (facts.lastBoughtAt !== null) {
    if (now >= facts.lastBoughtAt + days(rules.purchaseLapseDays)) return LOST;
    return { stage: 'customer', grade: customerGrade(measured(), rules) };
  }
  const dealsOpen = Object.keys(facts.openDeals).length > 0;
  if (facts.contactedAt === null && !dealsOpen) {
    const lapsed = facts.firstSeenAt !== null && now >= facts.firstSeenAt + days(rules.leadLapseDays);
    return lapsed ? LOST : { stage: 'lead', grade: null };
  }
  const answeredSinceLoss = facts.lastReplyAt !== null && facts.lastDealLostAt !== null && facts.lastReplyAt > facts.lastDealLostAt;
  if (!dealsOpen && facts.lastDealLostAt !== null && !answeredSinceLoss) return LOST;
  if (facts.lastInterestAt !== null && now >= facts.lastInterestAt + days(rules.prospectLapseDays)) return LOST;
  return { stage: 'prospect', grade: prospectGrade(facts, measured(), now, rules) };
}

function prospectGrade(facts: LifecycleFacts, { replies }: WindowedMeasures, now: number, rules: LifecycleRules): ProspectGrade {
  const deals = Object.values(facts.openDeals);
  const repliedRecently = facts.lastReplyAt !== null && facts.lastReplyAt > now - days(rules.recentReplyDays);
  if (deals.some((stage) => ADVANCED_DEAL_STAGES.includes(stage))) return 'probable';
  if (replies >= rules.probableReplies && repliedRecently) return 'probable';
  if (deals.length > 0 || replies > 0) return 'possible';
  return 'improbable';
}

function customerGrade({ highValue, purchases }: WindowedMeasures, rules: LifecycleRules): CustomerGrade {
  if (highValue) return 'high-value';
  if (purchases >= rules.captivePurchases) return 'captive';
  return 'low-value';
}
