import { conditionFacts, horizonFacts, numericFacts, operators, windowedFacts, type ConditionFact } from './segment-rule.js';

export type RuleProblem = { field: string; reason: string };

const MAX_DEPTH = 10;
const MAX_NODES = 200;
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const textFacts: readonly ConditionFact[] = ['kind', 'source', 'owner', 'lifecycleStage', 'lifecycleGrade'];

/** Every problem of a rule tree, each named by its path (`rule.all[1].any[0].op`). */
export function ruleProblems(rule: unknown, path = 'rule'): RuleProblem[] {
  const budget = { nodes: 0 };
  return nodeProblems(rule, path, 0, budget);
}

function nodeProblems(node: unknown, path: string, depth: number, budget: { nodes: number }): RuleProblem[] {
  budget.nodes += 1;
  if (budget.nodes > MAX_NODES) return budget.nodes === MAX_NODES + 1 ? [{ field: path, reason: `makes the rule longer than ${MAX_NODES} nodes` }] : [];
  if (depth > MAX_DEPTH) return [{ field: path, reason: `nests deeper than ${MAX_DEPTH} levels` }];
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [{ field: path, reason: 'must be an object: all, any, not or a condition with fact and op' }];
  const keys = Object.keys(node);
  const record = node as Record<string, unknown>;
  for (const combinator of ['all', 'any'] as const) {
    if (!(combinator in record)) continue;
    if (keys.length !== 1) return [{ field: path, reason: `must hold only ${combinator}` }];
    const children = record[combinator];
    if (!Array.isArray(children) || children.length === 0) return [{ field: `${path}.${combinator}`, reason: 'must be a non-empty list of rules' }];
    return children.flatMap((child, index) => nodeProblems(child, `${path}.${combinator}[${index}]`, depth + 1, budget));
  }
  if ('not' in record) {
    if (keys.length !== 1) return [{ field: path, reason: 'must hold only not' }];
    return nodeProblems(record.not, `${path}.not`, depth + 1, budget);
  }
  return conditionProblems(record, path);
}

function conditionProblems(condition: Record<string, unknown>, path: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ field: `${path}.${field}`, reason });
  const unknown = Object.keys(condition).filter((key) => !['fact', 'op', 'value', 'key', 'days', 'currency'].includes(key));
  for (const key of unknown) problem(key, 'should not exist');
  const fact = condition.fact as ConditionFact;
  if (!conditionFacts.includes(fact)) {
    problem('fact', `must be all, any, not, or a condition whose fact is one of ${conditionFacts.join(', ')}`);
    return problems;
  }
  const op = condition.op;
  if (!operators.includes(op as never)) problem('op', `must be one of ${operators.join(', ')}`);
  const numeric = numericFacts.includes(fact);
  if (textFacts.includes(fact) && ['gt', 'gte', 'lt', 'lte'].includes(op as string)) {
    problem('op', `must be eq, ne, in or exists for ${fact}`);
  }
  if (op !== 'exists') valueProblems(condition.value, op, numeric, problem);
  else if (condition.value !== undefined) problem('value', 'must be absent for exists');
  if (fact === 'attribute') {
    if (typeof condition.key !== 'string' || !ATTRIBUTE_KEY.test(condition.key)) problem('key', 'must name an attribute: 1 to 64 letters, digits or _ . -, starting with a letter');
  } else if (condition.key !== undefined) problem('key', 'is only for attribute conditions');
  if (condition.days !== undefined) {
    if (!windowedFacts.includes(fact) && !horizonFacts.includes(fact)) problem('days', `is only for ${[...windowedFacts, ...horizonFacts].join(', ')}`);
    else if (!Number.isInteger(condition.days) || (condition.days as number) < 1 || (condition.days as number) > 3650) problem('days', 'must be a whole number of days from 1 to 3650');
  }
  if (fact === 'revenue') {
    if (typeof condition.currency !== 'string' || !/^[A-Z]{3}$/.test(condition.currency)) problem('currency', 'must be an ISO 4217 currency code such as GBP');
  } else if (condition.currency !== undefined) problem('currency', 'is only for revenue');
  return problems;
}

function valueProblems(value: unknown, op: unknown, numeric: boolean, problem: (field: string, reason: string) => void): void {
  const scalar = (item: unknown) => (numeric ? typeof item === 'number' && Number.isFinite(item) : ['string', 'number', 'boolean'].includes(typeof item));
  const expected = numeric ? 'a number' : 'text, a number or true/false';
  if (op === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > 100) problem('value', `must be a list of 1 to 100 values, each ${expected}`);
    else value.forEach((item, index) => !scalar(item) && problem(`value[${index}]`, `must be ${expected}`));
    return;
  }
  if (['gt', 'gte', 'lt', 'lte'].includes(op as string) && typeof value !== 'number') {
    problem('value', 'must be a number for a comparison');
    return;
  }
  if (!scalar(value)) problem('value', `must be ${expected}`);
}
