import { initialLifecycle, type CustomerLifecycle, type LifecycleStep } from '#crm/domain';
import type { LoadedLifecycle } from './lifecycle-rows.js';
import type { LifecycleChanges } from './lifecycle-store.js';

export function startChanges(loaded: Map<string, LoadedLifecycle>): LifecycleChanges {
  return { lifecycles: new Map(loaded), transitions: [] };
}

export function currentLifecycle(changes: LifecycleChanges, customerId: string): CustomerLifecycle {
  return changes.lifecycles.get(customerId)?.lifecycle ?? initialLifecycle;
}

/** Keeps a step's outcome, numbering its transitions after the customer's earlier ones. */
export function keepStep(changes: LifecycleChanges, customerId: string, step: LifecycleStep): void {
  let seq = changes.lifecycles.get(customerId)?.transitions ?? 0;
  for (const transition of step.transitions) changes.transitions.push({ customerId, seq: seq++, transition });
  changes.lifecycles.set(customerId, { lifecycle: step.lifecycle, transitions: seq });
}
