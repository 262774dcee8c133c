/**
 * A segment's rule: a JSON tree of `all` / `any` / `not` over conditions on one customer's facts.
 * Conditions never read personal data (it is encrypted, and gone after erasure): geography and
 * the like come from the customer's attributes.
 */
export type SegmentRule = { all: SegmentRule[] } | { any: SegmentRule[] } | { not: SegmentRule } | Condition;

export type Condition = {
  fact: ConditionFact;
  op: Operator;
  value?: RuleValue | RuleValue[];
  /** The attribute's key, for `attribute`. */
  key?: string;
  /** Only the last N days, for counts and sums of events; the next N days, for forecasts over a horizon. */
  days?: number;
  /** For `revenue`: the ISO 4217 code its sum is in. */
  currency?: string;
};

export type RuleValue = string | number | boolean;

/** Facts whose values are numbers. */
export const numericFactNames = [
  'purchases',
  'revenue',
  'daysSinceLastTouch',
  'complaints',
  'openComplaints',
  'lastSurveyScore',
  'averageSurveyScore',
  // The purchase forecasts under the fit in force (docs/marketing.md); absent without a fit or a purchase.
  'probabilityAlive',
  'expectedPurchases',
  'clv',
] as const;
/** What each condition reads; `kind`, `source` and `attribute` describe the customer, the rest their behaviour. */
export const conditionFacts = ['attribute', 'kind', 'source', 'owner', ...numericFactNames, 'lifecycleStage', 'lifecycleGrade'] as const;
export type ConditionFact = (typeof conditionFacts)[number];

export const operators = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export type Operator = (typeof operators)[number];

/** Facts counted over events, which may be limited to the last `days`. */
export const windowedFacts: readonly ConditionFact[] = ['purchases', 'revenue', 'complaints'];

export const numericFacts: readonly ConditionFact[] = numericFactNames;

/** Forecasts over the next `days` (default in forecastHorizonDays). */
export const horizonFacts: readonly ConditionFact[] = ['expectedPurchases', 'clv'];

/** The horizon of a forecast fact without `days`: as GET /customers/{id}/forecast's defaults. */
export const forecastHorizonDays = { expectedPurchases: 90, clv: 365 } as const;

/** The yearly discount rate of a segment's CLV, as GET /customers/{id}/forecast's default. */
export const SEGMENT_CLV_DISCOUNT_RATE = 0.1;

export function isCondition(rule: SegmentRule): rule is Condition {
  return 'fact' in rule;
}
