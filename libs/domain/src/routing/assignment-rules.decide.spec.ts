import { ValidationError } from '../shared/errors.js';
import { metadata, nowIso, otherStaffId, staffId } from '../testing/fixtures.js';
import { deciderSpec } from '../testing/given.js';
import type { DefineAssignmentRules } from './assignment-rules.commands.js';
import { assignmentRulesDecider } from './assignment-rules.decide.js';
import { defaultRoutingId, type AssignmentRule, type AssignmentRulesDefined } from './assignment-rules.events.js';

const given = deciderSpec(assignmentRulesDecider);
const routingId = defaultRoutingId;
const define = (rules: AssignmentRule[]): DefineAssignmentRules => ({ type: 'DefineAssignmentRules', data: { routingId, rules }, metadata });

const spain: AssignmentRule = {
  ruleId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Spain',
  conditions: [{ field: 'country', key: null, values: ['ES'] }],
  assignTo: { kind: 'staff', staffId },
};
const fleet: AssignmentRule = {
  ruleId: '7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  name: 'Fleet deals',
  conditions: [
    { field: 'interest', key: null, values: ['Fleet renewal'] },
    { field: 'attribute', key: 'tier', values: ['gold', 'silver'] },
  ],
  assignTo: { kind: 'team', staffId: otherStaffId },
};
const defined = (rules: AssignmentRule[]): AssignmentRulesDefined => ({ type: 'AssignmentRulesDefined', data: { routingId, occurredAt: nowIso, rules } });

describe('DefineAssignmentRules', () => {
  it('records the rules in the order given', () => {
    given([])
      .when(define([fleet, spain]))
      .then([defined([fleet, spain])]);
  });

  it('records a new order of the same rules, and nothing for the rules in force', () => {
    given([defined([fleet, spain])])
      .when(define([spain, fleet]))
      .then([defined([spain, fleet])]);
    given([defined([fleet, spain])])
      .when(define([fleet, spain]))
      .then([]);
    given([]).when(define([])).then([]);
  });

  it('records removing every rule: round-robin takes every lead again', () => {
    given([defined([spain])])
      .when(define([]))
      .then([defined([])]);
  });

  it('trims text and lower-cases ids, so the same rules written differently record nothing', () => {
    const shouted = { ...spain, ruleId: spain.ruleId.toUpperCase(), name: ' Spain ', conditions: [{ field: 'country' as const, key: null, values: [' ES '] }] };
    given([defined([spain])])
      .when(define([shouted]))
      .then([]);
  });

  it('refuses a repeated rule id, an unknown field, a key off the attribute field, no values and a bad target, naming each', () => {
    given([])
      .when(
        define([
          spain,
          { ...spain, name: '', conditions: [{ field: 'colour' as never, key: 'x', values: [] }], assignTo: { kind: 'everyone' as never, staffId: 'nope' } },
          { ...fleet, conditions: [{ field: 'attribute', key: '9 lives', values: ['x'] }] },
        ]),
      )
      .thenThrows(ValidationError, {
        errors: [
          { field: 'rules[1].ruleId', reason: 'is listed twice' },
          { field: 'rules[1].name', reason: 'is required and must be non-empty text' },
          { field: 'rules[1].conditions[0].field', reason: expect.stringContaining('must be one of') },
          { field: 'rules[1].conditions[0].key', reason: 'is only for the attribute field' },
          { field: 'rules[1].conditions[0].values', reason: 'must hold at least one value' },
          { field: 'rules[1].assignTo.kind', reason: 'must be one of: staff, team' },
          { field: 'rules[1].assignTo.staffId', reason: 'must be a UUID' },
          { field: 'rules[2].conditions[0].key', reason: expect.stringContaining('must be a key') },
        ],
      });
  });

  it('refuses something other than a list of rules', () => {
    given([])
      .when(define('all of them' as never))
      .thenThrows(ValidationError, { errors: [{ field: 'rules', reason: 'must be a list of rules' }] });
  });
});
