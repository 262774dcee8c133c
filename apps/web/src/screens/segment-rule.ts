/** The rule builder's model; `ruleOf` turns it into the API's rule tree (docs/segments.md). */
import { numericFactNames, type ConditionFact, type operators } from '#crm/domain';

export { conditionFacts as facts, operators } from '#crm/domain';
export const combinators = ['all', 'any', 'not'] as const;

const NUMERIC: ReadonlySet<string> = new Set(numericFactNames);
/** Facts counted over a window of past days (`days`), and the one that needs a currency. */
export const WINDOWED = new Set(['purchases', 'revenue', 'complaints']);
/** Forecasts over a horizon of coming days (`days`; the server's default when empty: 90 for purchases, 365 for CLV). */
export const HORIZON: ReadonlyMap<string, number> = new Map([
  ['expectedPurchases', 90],
  ['clv', 365],
]);

export interface Condition {
  kind: 'condition';
  fact: ConditionFact;
  key: string;
  op: (typeof operators)[number];
  value: string;
  days: string;
  currency: string;
}

export interface Group {
  kind: 'group';
  combinator: (typeof combinators)[number];
  children: RuleNode[];
}

export type RuleNode = Condition | Group;

/** Where a node sits: child indexes from the root group. */
export type NodePath = readonly number[];

export const newCondition = (): Condition => ({ kind: 'condition', fact: 'attribute', key: 'country', op: 'eq', value: '', days: '', currency: 'EUR' });
export const newGroup = (): Group => ({ kind: 'group', combinator: 'any', children: [newCondition()] });

function valueOf(condition: Condition): unknown {
  const one = (text: string) => (NUMERIC.has(condition.fact) && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text.trim());
  if (condition.op === 'in') return condition.value.split(',').map(one);
  return one(condition.value);
}

function conditionRule(condition: Condition): unknown {
  const days = condition.days.trim();
  return {
    fact: condition.fact,
    op: condition.op,
    ...(condition.op === 'exists' ? {} : { value: valueOf(condition) }),
    ...(condition.fact === 'attribute' ? { key: condition.key } : {}),
    ...((WINDOWED.has(condition.fact) || HORIZON.has(condition.fact)) && days !== '' ? { days: Number.isFinite(Number(days)) ? Number(days) : days } : {}),
    ...(condition.fact === 'revenue' ? { currency: condition.currency.trim() } : {}),
  };
}

export function ruleOf(node: RuleNode): unknown {
  if (node.kind === 'condition') return conditionRule(node);
  const children = node.children.map(ruleOf);
  // `not` negates one rule: over several conditions it reads "none of them".
  if (node.combinator === 'not') return { not: { any: children } };
  return { [node.combinator]: children };
}

/** The API's name for the node at `path` (`rule.all[1].not.any[0]`), to place its 400 reasons. */
export function apiPath(root: Group, path: NodePath): string {
  let name = 'rule';
  let group: RuleNode = root;
  for (const index of path) {
    if (group.kind !== 'group') break;
    name += group.combinator === 'not' ? `.not.any[${index}]` : `.${group.combinator}[${index}]`;
    group = group.children[index]!;
  }
  return name;
}

/** The tree with the node at `path` replaced by what `change` makes of it (removed when it answers null). */
export function updateAt(root: Group, path: NodePath, change: (node: RuleNode) => RuleNode | null): Group {
  if (path.length === 0) return (change(root) as Group | null) ?? root;
  const [index, ...rest] = path as [number, ...number[]];
  const children = root.children.flatMap((child, at) => {
    if (at !== index) return [child];
    const next = rest.length === 0 ? change(child) : child.kind === 'group' ? updateAt(child, rest, change) : child;
    return next ? [next] : [];
  });
  return { ...root, children };
}
