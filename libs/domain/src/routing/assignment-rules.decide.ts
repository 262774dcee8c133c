import { attributeKeyProblem } from '../customer/customer.attributes.js';
import type { Decider } from '../shared/decider.js';
import { oneOfProblem, textProblem, uuidProblem } from '../shared/field-checks.js';
import { routingStreamName } from '../shared/stream-names.js';
import { unknownCommand } from '../shared/unknown-command.js';
import { assertValid, nested, type Check } from '../shared/validation.js';
import type { AssignmentRulesCommand, DefineAssignmentRules } from './assignment-rules.commands.js';
import {
  assignmentTargetKinds,
  MAX_ASSIGNMENT_RULES,
  MAX_CONDITION_VALUES,
  MAX_RULE_CONDITIONS,
  routingFields,
  type AssignmentRule,
  type AssignmentRulesDefined,
  type AssignmentRulesEvent,
  type RoutingCondition,
} from './assignment-rules.events.js';

export type AssignmentRulesState = { rules: readonly AssignmentRule[] };

export const initialAssignmentRulesState: AssignmentRulesState = { rules: [] };

export function evolveAssignmentRules(state: AssignmentRulesState, event: AssignmentRulesEvent): AssignmentRulesState {
  // Rebuilt in the decider's shape: the log may give the keys back in another order (jsonb does), and rules are compared as JSON.
  return event.type === 'AssignmentRulesDefined' ? { rules: event.data.rules.map(normalizedRule) } : state;
}

function listProblem(value: unknown, max: number, what: string): string | null {
  if (!Array.isArray(value)) return `must be a list of ${what}`;
  return value.length > max ? `must hold at most ${max} ${what}` : null;
}

function conditionChecks(condition: Partial<RoutingCondition>): Check[] {
  const values = condition.values;
  const valuesProblem =
    listProblem(values, MAX_CONDITION_VALUES, 'values') ??
    (values!.length === 0
      ? 'must hold at least one value'
      : values!.some((value) => textProblem(value) !== null)
        ? 'must hold only non-empty text of at most 200 characters'
        : null);
  const keyProblem = condition.field === 'attribute' ? attributeKeyProblem(condition.key) : condition.key == null ? null : 'is only for the attribute field';
  return [
    ['field', oneOfProblem(condition.field, routingFields)],
    ['key', keyProblem],
    ['values', valuesProblem],
  ];
}

function ruleChecks(rule: Partial<AssignmentRule>, seenIds: Set<string>): Check[] {
  const idProblem = uuidProblem(rule.ruleId) ?? (seenIds.has(rule.ruleId!.toLowerCase()) ? 'is listed twice' : null);
  if (typeof rule.ruleId === 'string') seenIds.add(rule.ruleId.toLowerCase());
  const conditions = rule.conditions;
  const conditionsProblem = listProblem(conditions, MAX_RULE_CONDITIONS, 'conditions');
  const target: Partial<AssignmentRule['assignTo']> = rule.assignTo ?? {};
  return [
    ['ruleId', idProblem],
    ['name', textProblem(rule.name, 100)],
    ['conditions', conditionsProblem],
    ...(conditionsProblem ? [] : conditions!.flatMap((condition, index) => nested(`conditions[${index}]`, conditionChecks(condition ?? {})))),
    ['assignTo.kind', oneOfProblem(target.kind, assignmentTargetKinds)],
    ['assignTo.staffId', uuidProblem(target.staffId)],
  ];
}

/** Ids lower-cased, text trimmed, a key only where it means something: equal rules compare equal. */
function normalizedRule(rule: AssignmentRule): AssignmentRule {
  return {
    ruleId: rule.ruleId.toLowerCase(),
    name: rule.name.trim(),
    conditions: rule.conditions.map(({ field, key, values }) => ({
      field,
      key: field === 'attribute' ? key : null,
      values: values.map((value) => value.trim()),
    })),
    assignTo: { kind: rule.assignTo.kind, staffId: rule.assignTo.staffId.toLowerCase() },
  };
}

/** The rules in force again, in the same order, record nothing. */
export function defineAssignmentRules({ data, metadata }: DefineAssignmentRules, state: AssignmentRulesState): AssignmentRulesDefined[] {
  const rulesProblem = listProblem(data.rules, MAX_ASSIGNMENT_RULES, 'rules');
  const seenIds = new Set<string>();
  assertValid([
    ['routingId', uuidProblem(data.routingId)],
    ['rules', rulesProblem],
    ...(rulesProblem ? [] : data.rules.flatMap((rule, index) => nested(`rules[${index}]`, ruleChecks(rule ?? {}, seenIds)))),
  ]);
  const rules = data.rules.map(normalizedRule);
  if (JSON.stringify(rules) === JSON.stringify(state.rules)) return [];
  return [{ type: 'AssignmentRulesDefined', data: { routingId: data.routingId, occurredAt: metadata.now.toISOString(), rules } }];
}

export function decideAssignmentRules(command: AssignmentRulesCommand, state: AssignmentRulesState): AssignmentRulesEvent[] {
  if (command.type === 'DefineAssignmentRules') return defineAssignmentRules(command, state);
  throw unknownCommand(command as never);
}

export const assignmentRulesDecider: Decider<AssignmentRulesCommand, AssignmentRulesEvent, AssignmentRulesState> = {
  streamName: (command) => routingStreamName(command.data.routingId),
  decide: decideAssignmentRules,
  evolve: evolveAssignmentRules,
  initialState: initialAssignmentRulesState,
};
