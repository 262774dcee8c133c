import {
  classifyLifecycle,
  customerForecast,
  dayOf,
  DAYS_PER_WEEK,
  expectedPurchases,
  defaultLifecycleRules,
  forecastHorizonDays,
  isCondition,
  probabilityAlive,
  purchaseHistory,
  SEGMENT_CLV_DISCOUNT_RATE,
  type Condition,
  type ForecastModel,
  type RuleValue,
  type SegmentRule,
} from '#crm/domain';
import type { CustomerFacts } from './customer-facts.js';

const DAY_MS = 86_400_000;

/** The fit in force, for the forecast facts: its parameters and the currency its purchases were in. */
export type SegmentForecast = { model: ForecastModel; currency: string } | null;

/**
 * Whether a customer matches a rule at `now`. Pure, so a rebuild decides as the live projection did
 * (forecast facts as the fit given: the one in force). A customer not (or no longer) registered
 * matches nothing; an absent value matches only `ne` and `not`, never a comparison.
 */
export function matches(rule: SegmentRule, facts: CustomerFacts, now: Date, forecast: SegmentForecast = null): boolean {
  if (!facts.active) return false;
  return evaluate(rule, facts, now, forecast);
}

function evaluate(rule: SegmentRule, facts: CustomerFacts, now: Date, forecast: SegmentForecast): boolean {
  if ('all' in rule) return rule.all.every((child) => evaluate(child, facts, now, forecast));
  if ('any' in rule) return rule.any.some((child) => evaluate(child, facts, now, forecast));
  if ('not' in rule) return !evaluate(rule.not, facts, now, forecast);
  if (!isCondition(rule)) return false;
  return compare(factValue(rule, facts, now, forecast), rule);
}

/** What the fit in force says of the customer's purchases in its currency up to `now`; null without either. */
function forecastValue(
  fact: 'probabilityAlive' | 'expectedPurchases' | 'clv',
  days: number | undefined,
  facts: CustomerFacts,
  now: Date,
  forecast: SegmentForecast,
): number | null {
  if (!forecast) return null;
  const purchases = facts.purchases.filter((purchase) => !purchase.cancellation && purchase.currency === forecast.currency && purchase.at <= now.getTime());
  const history = purchaseHistory(purchases, dayOf(now.getTime()));
  if (!history) return null;
  switch (fact) {
    case 'probabilityAlive':
      return probabilityAlive(forecast.model.bgNbd, history);
    case 'expectedPurchases':
      return expectedPurchases(forecast.model.bgNbd, history, (days ?? forecastHorizonDays.expectedPurchases) / DAYS_PER_WEEK);
    case 'clv':
      return customerForecast(forecast.model, history, { days: 0, clvDays: days ?? forecastHorizonDays.clv, annualDiscountRate: SEGMENT_CLV_DISCOUNT_RATE })
        .clv;
  }
}

function factValue(condition: Condition, facts: CustomerFacts, now: Date, forecast: SegmentForecast): RuleValue | null {
  const since = condition.days === undefined ? null : now.getTime() - condition.days * DAY_MS;
  const inWindow = (at: number) => at <= now.getTime() && (since === null || at > since);
  switch (condition.fact) {
    case 'attribute':
      return facts.attributes[condition.key!] ?? null;
    case 'kind':
      return facts.kind;
    case 'source':
      return facts.source;
    case 'owner':
      return facts.ownerId;
    case 'purchases':
      return facts.purchases.filter((purchase) => !purchase.cancellation && inWindow(purchase.at)).length;
    case 'revenue':
      return facts.purchases
        .filter((purchase) => purchase.currency === condition.currency && inWindow(purchase.at))
        .reduce((sum, purchase) => sum + purchase.amount, 0);
    case 'complaints':
      return facts.complaints.filter((complaint) => inWindow(complaint.at)).length;
    case 'openComplaints':
      return facts.openComplaints;
    case 'daysSinceLastTouch':
      return facts.lastTouchAt === null ? null : Math.floor((now.getTime() - facts.lastTouchAt) / DAY_MS);
    case 'lastSurveyScore':
      return facts.lastSurveyScore;
    case 'averageSurveyScore':
      return facts.surveyCount === 0 ? null : facts.surveyTotal / facts.surveyCount;
    case 'lifecycleStage':
      return classifyLifecycle(facts.lifecycle, now.getTime(), defaultLifecycleRules).stage;
    case 'lifecycleGrade':
      return classifyLifecycle(facts.lifecycle, now.getTime(), defaultLifecycleRules).grade;
    case 'probabilityAlive':
    case 'expectedPurchases':
    case 'clv':
      return forecastValue(condition.fact, condition.days, facts, now, forecast);
  }
}

function compare(actual: RuleValue | null, { op, value }: Condition): boolean {
  if (op === 'exists') return actual !== null;
  if (op === 'ne') return actual !== value;
  if (actual === null) return false;
  switch (op) {
    case 'eq':
      return actual === value;
    case 'in':
      return (value as RuleValue[]).includes(actual);
    case 'gt':
      return typeof actual === 'number' && actual > (value as number);
    case 'gte':
      return typeof actual === 'number' && actual >= (value as number);
    case 'lt':
      return typeof actual === 'number' && actual < (value as number);
    case 'lte':
      return typeof actual === 'number' && actual <= (value as number);
  }
}
