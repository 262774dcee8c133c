import { otherStaffId, staffId } from '../testing/fixtures.js';
import type { AssignmentRule } from './assignment-rules.events.js';
import { matchingRules, type RoutedLead } from './lead-routing.js';

const rule = (name: string, conditions: AssignmentRule['conditions']): AssignmentRule => ({
  ruleId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name,
  conditions,
  assignTo: { kind: 'staff', staffId },
});
const lead: RoutedLead = { form: 'contact-us', source: 'google-ads', interest: 'Fleet renewal', attributes: { country: 'ES', tier: 'gold', employees: 250 } };
const names = (rules: AssignmentRule[], routed = lead) => matchingRules(rules, routed).map((each) => each.name);

describe('matchingRules', () => {
  it('keeps the rules every condition of which holds, in their order', () => {
    const rules = [
      rule('spain', [{ field: 'country', key: null, values: ['fr', 'es'] }]),
      rule('ads and fleet', [
        { field: 'source', key: null, values: ['google-ads'] },
        { field: 'interest', key: null, values: ['fleet renewal'] },
      ]),
      rule('ads but newsletter', [
        { field: 'source', key: null, values: ['google-ads'] },
        { field: 'form', key: null, values: ['newsletter'] },
      ]),
      rule('everyone', []),
    ];
    expect(names(rules)).toEqual(['spain', 'ads and fleet', 'everyone']);
  });

  it('compares any attribute as trimmed, case-insensitive text', () => {
    expect(names([rule('gold', [{ field: 'attribute', key: 'tier', values: [' GOLD '] }])])).toEqual(['gold']);
    expect(names([rule('big', [{ field: 'attribute', key: 'employees', values: ['250'] }])])).toEqual(['big']);
  });

  it('never matches a field the lead lacks', () => {
    const unknown: RoutedLead = { form: 'contact-us', source: 'web-form', interest: null, attributes: {} };
    const rules = [
      rule('country', [{ field: 'country', key: null, values: ['ES'] }]),
      rule('interest', [{ field: 'interest', key: null, values: ['null'] }]),
      rule('inherited', [{ field: 'attribute', key: 'constructor', values: ['x'] }]),
    ];
    expect(names(rules, unknown)).toEqual([]);
  });

  it('leaves the target to the caller: a team rule is returned like any other', () => {
    const team = { ...rule('team', []), assignTo: { kind: 'team' as const, staffId: otherStaffId } };
    expect(matchingRules([team], lead)).toEqual([team]);
  });
});
