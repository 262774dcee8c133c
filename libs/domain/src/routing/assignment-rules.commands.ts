import type { Command } from '../shared/decider.js';
import type { AssignmentRule } from './assignment-rules.events.js';

export type DefineAssignmentRules = Command<'DefineAssignmentRules', { routingId: string; rules: AssignmentRule[] }>;

export type AssignmentRulesCommand = DefineAssignmentRules;
