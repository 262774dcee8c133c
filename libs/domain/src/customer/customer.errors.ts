import { RuleViolation } from '../shared/errors.js';
import { requireExisting } from '../shared/require-existing.js';
import type { ActiveCustomer, CustomerState } from './customer.state.js';

export const customerAlreadyRegistered = (customerId: string) =>
  new RuleViolation('customer-already-registered', `customer ${customerId} is already registered`);

/** Nothing may be recorded about an erased person: that would bring back what was erased. */
export const customerErased = (customerId: string) =>
  new RuleViolation('customer-erased', `customer ${customerId} was erased; nothing more can be recorded about them`);

export function requireActiveCustomer(state: CustomerState, customerId: string): ActiveCustomer {
  const customer = requireExisting(state, 'customer', customerId);
  if (customer.status === 'erased') throw customerErased(customerId);
  return customer;
}
