import type { DomainEvent } from '../shared/decider.js';

/**
 * What a rule looks at: the lead's form, source and interest, and the customer's attributes
 * (`country` is the attribute of that name, the one imports, the demo and analytics use).
 */
export const routingFields = ['country', 'form', 'source', 'interest', 'attribute'] as const;
export type RoutingField = (typeof routingFields)[number];

/** Holds when the field's value is one of `values` (trimmed, case-insensitive); `key` names the attribute. */
export type RoutingCondition = { field: RoutingField; key: string | null; values: string[] };

/** A staff member, or a team: the active staff who report to `staffId`, in turn. */
export const assignmentTargetKinds = ['staff', 'team'] as const;
export type AssignmentTarget = { kind: (typeof assignmentTargetKinds)[number]; staffId: string };

/** Every condition must hold; a rule with none takes every lead that reaches it. */
export type AssignmentRule = { ruleId: string; name: string; conditions: RoutingCondition[]; assignTo: AssignmentTarget };

/**
 * The lead routing rules in the order they are tried; each definition replaces the previous one
 * whole. A lead no rule takes goes round-robin to every salesperson.
 */
export type AssignmentRulesDefined = DomainEvent<'AssignmentRulesDefined', { routingId: string; occurredAt: string; rules: AssignmentRule[] }>;

export type AssignmentRulesEvent = AssignmentRulesDefined;

/** The CRM's one set of rules lives in this stream. */
export const defaultRoutingId = '00000000-0000-4000-8000-0000000a5516';

export const MAX_ASSIGNMENT_RULES = 100;
export const MAX_RULE_CONDITIONS = 10;
export const MAX_CONDITION_VALUES = 50;
