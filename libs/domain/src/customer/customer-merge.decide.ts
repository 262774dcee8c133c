import { RuleViolation } from '../shared/errors.js';
import { uuidProblem } from '../shared/field-checks.js';
import { assertValid } from '../shared/validation.js';
import type { AbsorbCustomer, CustomerMergeCommand, MergeCustomer, RestoreCustomer, UnmergeCustomer } from './customer.commands.js';
import { requireActiveCustomer, requireLiveCustomer } from './customer.errors.js';
import type { CustomerMergeEvent } from './customer.events.js';
import type { CustomerState } from './customer.state.js';

function otherIdChecks(customerId: string, field: string, otherId: string): void {
  const problem = uuidProblem(otherId);
  assertValid([[field, problem ?? (otherId.toLowerCase() === customerId.toLowerCase() ? 'cannot be the customer itself' : null)]]);
}

const notMerged = (customerId: string, otherId: string) =>
  new RuleViolation('customer-not-merged', `customer ${otherId} is not merged into customer ${customerId}`);

/** Merging one record twice changes nothing; a survivor that was itself absorbed cannot take more. */
export function mergeCustomer({ data, metadata }: MergeCustomer, state: CustomerState): CustomerMergeEvent[] {
  otherIdChecks(data.customerId, 'from', data.from);
  const survivor = requireActiveCustomer(state, data.customerId);
  const absorbedId = data.from.toLowerCase();
  if (survivor.absorbed?.includes(absorbedId)) return [];
  return [{ type: 'CustomerMerged', data: { customerId: data.customerId, absorbedId, occurredAt: metadata.now.toISOString() } }];
}

/**
 * A record already merged elsewhere, or one holding records of its own, is refused: merges do not
 * chain, so unmerging one never has to untangle another.
 */
export function absorbCustomer({ data, metadata }: AbsorbCustomer, state: CustomerState): CustomerMergeEvent[] {
  otherIdChecks(data.customerId, 'from', data.into);
  const customer = requireLiveCustomer(state, data.customerId);
  const survivorId = data.into.toLowerCase();
  if (customer.mergedInto === survivorId) return [];
  if (customer.mergedInto !== undefined)
    throw new RuleViolation('customer-merged', `customer ${data.customerId} is already merged into customer ${customer.mergedInto}`);
  if ((customer.absorbed ?? []).length > 0) {
    throw new RuleViolation('customer-has-merged-records', `customer ${data.customerId} holds merged records; unmerge them first`);
  }
  return [{ type: 'CustomerAbsorbed', data: { customerId: data.customerId, survivorId, occurredAt: metadata.now.toISOString() } }];
}

export function unmergeCustomer({ data, metadata }: UnmergeCustomer, state: CustomerState): CustomerMergeEvent[] {
  otherIdChecks(data.customerId, 'from', data.from);
  const survivor = requireLiveCustomer(state, data.customerId);
  const absorbedId = data.from.toLowerCase();
  if (!survivor.absorbed?.includes(absorbedId)) throw notMerged(data.customerId, data.from);
  return [{ type: 'CustomerUnmerged', data: { customerId: data.customerId, absorbedId, occurredAt: metadata.now.toISOString() } }];
}

/** Restoring a record that stands alone already changes nothing: an interrupted unmerge can be sent again. */
export function restoreCustomer({ data, metadata }: RestoreCustomer, state: CustomerState): CustomerMergeEvent[] {
  otherIdChecks(data.customerId, 'from', data.from);
  const customer = requireLiveCustomer(state, data.customerId);
  const survivorId = data.from.toLowerCase();
  if (customer.mergedInto === undefined) return [];
  if (customer.mergedInto !== survivorId) throw notMerged(customer.mergedInto, data.customerId);
  return [{ type: 'CustomerRestored', data: { customerId: data.customerId, survivorId, occurredAt: metadata.now.toISOString() } }];
}

export function decideMerge(command: CustomerMergeCommand, state: CustomerState): CustomerMergeEvent[] {
  switch (command.type) {
    case 'MergeCustomer':
      return mergeCustomer(command, state);
    case 'AbsorbCustomer':
      return absorbCustomer(command, state);
    case 'UnmergeCustomer':
      return unmergeCustomer(command, state);
    case 'RestoreCustomer':
      return restoreCustomer(command, state);
  }
}

/**
 * The records merged into this one and not given back, from its merge events alone: erasure reads
 * them once the state is erased (an erased state keeps nothing), so a retried erasure still finds them.
 */
export function recordsMergedInto(events: readonly { type: string; data: object }[]): string[] {
  const absorbed = new Set<string>();
  for (const event of events as readonly CustomerMergeEvent[]) {
    if (event.type === 'CustomerMerged') absorbed.add(event.data.absorbedId);
    if (event.type === 'CustomerUnmerged') absorbed.delete(event.data.absorbedId);
  }
  return [...absorbed];
}
