import { RuleViolation } from '../shared/errors.js';
import { requireExisting } from '../shared/require-existing.js';
import type { ActiveCustomer, CustomerState } from './customer.state.js';

export const customerAlreadyRegistered = (customerId: string) =>
  new RuleViolation('customer-already-registered', `customer ${customerId} is already registered`);

/** Nothing may be recorded about an erased person: that would bring back what was erased. */
export const customerErased = (customerId: string) =>
  new RuleViolation('customer-erased', `customer ${customerId} was erased; nothing more can be recorded about them`);

/** A merged record is kept for its history and its pointer; what happens next belongs to the survivor. */
export class CustomerMergedViolation extends RuleViolation {
  constructor(
    customerId: string,
    readonly survivorId: string,
  ) {
    super('customer-merged', `customer ${customerId} was merged into customer ${survivorId}; record it there`);
  }
}

/** Registered, not erased, whether or not merged into another: what the merge commands themselves need. */
export function requireLiveCustomer(state: CustomerState, customerId: string): ActiveCustomer {
  const customer = requireExisting(state, 'customer', customerId);
  if (customer.status === 'erased') throw customerErased(customerId);
  return customer;
}

export function requireActiveCustomer(state: CustomerState, customerId: string): ActiveCustomer {
  const customer = requireLiveCustomer(state, customerId);
  if (customer.mergedInto !== undefined) throw new CustomerMergedViolation(customerId, customer.mergedInto);
  return customer;
}
