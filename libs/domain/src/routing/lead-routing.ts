import type { AttributeValue } from '../customer/customer.events.js';
import type { AssignmentRule, RoutingCondition } from './assignment-rules.events.js';

/** What a rule can see of a new lead: the LeadCaptured's fields and the customer's attributes then. */
export type RoutedLead = { form: string; source: string; interest: string | null; attributes: Readonly<Record<string, AttributeValue>> };

const normal = (value: AttributeValue): string => String(value).trim().toLowerCase();

function valueOf({ field, key }: RoutingCondition, lead: RoutedLead): AttributeValue | null {
  const attribute = (name: string) => (Object.hasOwn(lead.attributes, name) ? lead.attributes[name] : null);
  switch (field) {
    case 'form':
      return lead.form;
    case 'source':
      return lead.source;
    case 'interest':
      return lead.interest;
    case 'country':
      return attribute('country');
    case 'attribute':
      return key === null ? null : attribute(key);
  }
}

export function ruleMatches(rule: AssignmentRule, lead: RoutedLead): boolean {
  return rule.conditions.every((condition) => {
    const value = valueOf(condition, lead);
    return value !== null && condition.values.some((wanted) => normal(wanted) === normal(value));
  });
}

/**
 * The rules that take this lead, first to last. The caller gives it to the first whose staff
 * member (or team) has someone active, so a rule for someone who left does not swallow leads.
 */
export function matchingRules(rules: readonly AssignmentRule[], lead: RoutedLead): AssignmentRule[] {
  return rules.filter((rule) => ruleMatches(rule, lead));
}
