import type { OpportunityStage } from '../opportunity/opportunity.events.js';
import type { LifecycleFacts, MoneyFact } from './lifecycle.facts.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';
import type { CustomerGrade, LifecyclePosition, ProspectGrade } from './lifecycle.stage.js';

/** Deals this far along show a decision is near. */
const ADVANCED_DEAL_STAGES: readonly OpportunityStage[] = ['proposal', 'negotiation'];

const LOST: LifecyclePosition = { stage: 'lost', grade: null };

/** The stage and grade the facts put a customer in at `now` (epoch ms); docs/lifecycle.md states the rules. */
export function classifyLifecycle(facts: LifecycleFacts, now: number, rules: LifecycleRules): LifecyclePosition {
  if (facts.lastBoughtAt !== null) {
    if (now >= facts.lastBoughtAt + days(rules.purchaseLapseDays)) return LOST;
    return { stage: 'customer', grade: customerGrade(facts.money, now, rules) };
  }
  const dealsOpen = Object.keys(facts.openDeals).length > 0;
  if (facts.contactedAt === null && !dealsOpen) {
    const lapsed = facts.firstSeenAt !== null && now >= facts.firstSeenAt + days(rules.leadLapseDays);
    return lapsed ? LOST : { stage: 'lead', grade: null };
  }
  const answeredSinceLoss = facts.lastReplyAt !== null && facts.lastDealLostAt !== null && facts.lastReplyAt > facts.lastDealLostAt;
  if (!dealsOpen && facts.lastDealLostAt !== null && !answeredSinceLoss) return LOST;
  if (facts.lastInterestAt !== null && now >= facts.lastInterestAt + days(rules.prospectLapseDays)) return LOST;
  return { stage: 'prospect', grade: prospectGrade(facts, now, rules) };
}

function prospectGrade(facts: LifecycleFacts, now: number, rules: LifecycleRules): ProspectGrade {
  const deals = Object.values(facts.openDeals);
  const replies = facts.replies.filter((at) => at > now - days(rules.interestWindowDays)).length;
  const repliedRecently = facts.lastReplyAt !== null && facts.lastReplyAt > now - days(rules.recentReplyDays);
  if (deals.some((stage) => ADVANCED_DEAL_STAGES.includes(stage))) return 'probable';
  if (replies >= rules.probableReplies && repliedRecently) return 'probable';
  if (deals.length > 0 || replies > 0) return 'possible';
  return 'improbable';
}

function customerGrade(money: MoneyFact[], now: number, rules: LifecycleRules): CustomerGrade {
  const recent = money.filter((fact) => fact.at > now - days(rules.valueWindowDays));
  const totals = new Map<string, { revenue: number; margin: number }>();
  for (const fact of recent) {
    const total = totals.get(fact.currency) ?? { revenue: 0, margin: 0 };
    total.revenue += fact.amount;
    total.margin += fact.margin ?? 0;
    totals.set(fact.currency, total);
  }
  const highValue = [...totals.values()].some(
    (total) => total.revenue >= rules.highValueRevenue || total.margin >= rules.highValueMargin,
  );
  if (highValue) return 'high-value';
  if (recent.filter((fact) => fact.purchase).length >= rules.captivePurchases) return 'captive';
  return 'low-value';
}
