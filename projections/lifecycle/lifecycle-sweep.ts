import { applyLapses, type LifecycleRules } from '#crm/domain';
import type { Kysely } from 'kysely';
import { currentLifecycle, keepStep, startChanges } from './lifecycle-changes.js';
import { dueCustomerIds, loadLifecycles, saveLifecycles } from './lifecycle-store.js';

/**
 * Writes the time-based changes (cause 'lapse') due at `now` or before, in the caller's
 * transaction; returns how many customers moved. Sweeping the same `now` twice changes nothing,
 * and a rebuild followed by a sweep at `now` gives the tables the live projection has after it.
 */
export async function sweepLifecycleLapses(trx: Kysely<any>, schema: string, now: Date, rules: LifecycleRules): Promise<number> {
  const due = await dueCustomerIds(trx, schema, now);
  const changes = startChanges(await loadLifecycles(trx, schema, due));
  for (const customerId of due) {
    keepStep(changes, customerId, applyLapses(currentLifecycle(changes, customerId), now.getTime(), rules));
  }
  await saveLifecycles(trx, schema, changes, rules);
  return new Set(changes.transitions.map((each) => each.customerId)).size;
}
