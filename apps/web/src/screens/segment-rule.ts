/** The rule builder's model; `ruleOf` turns it into the API's rule tree (docs/segments.md). */
export const facts = ['attribute', 'kind', 'source', 'owner', 'purchases', 'revenue', 'daysSinceLastTouch', 'complaints', 'openComplaints', 'lastSurveyScore', 'averageSurveyScore', 'lifecycleStage', 'lifecycleGrade'] as const;
export const operators = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export const combinators = ['all', 'any', 'not'] as const;

const NUMERIC = new Set(['purchases', 'revenue', 'daysSinceLastTouch', 'complaints', 'openComplaints', 'lastSurveyScore', 'averageSurveyScore']);

export interface Condition {
  fact: (typeof facts)[number];
  key: string;
  op: (typeof operators)[number];
  value: string;
}

export interface RuleDraft {
  combinator: (typeof combinators)[number];
  conditions: Condition[];
}

export const newCondition = (): Condition => ({ fact: 'attribute', key: 'country', op: 'eq', value: '' });

function valueOf(condition: Condition): unknown {
  const one = (text: string) => (NUMERIC.has(condition.fact) && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text.trim());
  if (condition.op === 'in') return condition.value.split(',').map(one);
  return one(condition.value);
}

export function ruleOf(draft: RuleDraft): unknown {
  const nodes = draft.conditions.map((condition) => ({
    fact: condition.fact,
    op: condition.op,
    ...(condition.op === 'exists' ? {} : { value: valueOf(condition) }),
    ...(condition.fact === 'attribute' ? { key: condition.key } : {}),
  }));
  if (draft.combinator === 'not') return { not: { all: nodes } };
  return { [draft.combinator]: nodes };
}
