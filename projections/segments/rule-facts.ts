import { isCondition, type ConditionFact, type SegmentRule } from '#crm/domain';

/**
 * The groups of facts segments are indexed by: an event that changes a group re-evaluates only the
 * segments whose rules read it. `registration` stands for every group (a new or erased customer).
 */
export type FactGroup = 'profile' | 'owner' | 'purchases' | 'touches' | 'complaints' | 'surveys' | 'lifecycle';

const groupOf: Record<ConditionFact, FactGroup> = {
  attribute: 'profile',
  kind: 'profile',
  source: 'profile',
  owner: 'owner',
  purchases: 'purchases',
  revenue: 'purchases',
  daysSinceLastTouch: 'touches',
  complaints: 'complaints',
  openComplaints: 'complaints',
  lastSurveyScore: 'surveys',
  averageSurveyScore: 'surveys',
  lifecycleStage: 'lifecycle',
  lifecycleGrade: 'lifecycle',
  probabilityAlive: 'purchases',
  expectedPurchases: 'purchases',
  clv: 'purchases',
};

export function conditionsOf(rule: SegmentRule): SegmentRule[] {
  if ('all' in rule) return rule.all.flatMap(conditionsOf);
  if ('any' in rule) return rule.any.flatMap(conditionsOf);
  if ('not' in rule) return conditionsOf(rule.not);
  return [rule];
}

export function factGroupsOf(rule: SegmentRule): FactGroup[] {
  return [...new Set(conditionsOf(rule).filter(isCondition).map((condition) => groupOf[condition.fact]))].sort();
}

/** Facts that time alone changes: days pass, lifecycle stages lapse, forecasts age (and a new fit comes in force). */
const timeDrivenFacts: readonly ConditionFact[] = ['daysSinceLastTouch', 'lifecycleStage', 'lifecycleGrade', 'probabilityAlive', 'expectedPurchases', 'clv'];

/** A rule whose answer changes as time passes with no event: the sweep re-evaluates it. */
export function isTimeRelative(rule: SegmentRule): boolean {
  return conditionsOf(rule).some((condition) => isCondition(condition) && (condition.days !== undefined || timeDrivenFacts.includes(condition.fact)));
}

const forecastFacts: readonly ConditionFact[] = ['probabilityAlive', 'expectedPurchases', 'clv'];

/** A rule that reads the forecasts: only then is the fit in force looked up. */
export function readsForecast(rule: SegmentRule): boolean {
  return conditionsOf(rule).some((condition) => isCondition(condition) && forecastFacts.includes(condition.fact));
}
