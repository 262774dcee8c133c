import { applyLifecycleEvent, defaultLifecycleRules, lifecycleEventTypes, type LifecycleEvent, type LifecycleRules } from '#crm/domain';
import { defineProjection, eventTypeSet, type Recorded } from '#crm/projection-runner';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { currentLifecycle, keepStep, startChanges } from './lifecycle-changes.js';
import { loadLifecycles, saveLifecycles } from './lifecycle-store.js';
import { lifecycleTables } from './lifecycle.tables.js';

/**
 * Each customer's stage and grade (docs/lifecycle.md) and its transition history. An event is
 * judged when it was recorded, after the lapses due before then, so the tables depend only on the
 * log and on when sweepLifecycleLapses last ran. Changing `rules` changes the model: bump `version`.
 */
export function createLifecycleProjection(rules: LifecycleRules) {
  return defineProjection<LifecycleEvent | CustomerMergeEvent>()({
    name: 'lifecycle',
    // 2: touch voids and corrections (TouchVoided, TouchCorrected). 3: merges (customer_merge).
    version: 4,
    handles: { ...eventTypeSet(lifecycleEventTypes), ...customerMergeHandles },
    tables: lifecycleTables,

    async applyBatch(trx, batch, { copy }) {
      await applyCustomerMerges(trx, batch);
      // Decoded and upcast by the runner's decoder.
      const events = batch.filter((event): event is Recorded<LifecycleEvent> => !isCustomerMergeEvent(event));
      const learnt = events.map((event) => ({ customerId: event.data.customerId, eventId: event.id, recordedAt: event.recordedAt.getTime(), event }));
      const changes = startChanges(await loadLifecycles(trx, [...new Set(learnt.map((each) => each.customerId))]));
      for (const { customerId, ...event } of learnt) {
        keepStep(changes, customerId, applyLifecycleEvent(currentLifecycle(changes, customerId), event, rules));
      }
      await saveLifecycles(trx, changes, rules, copy);
    },
  });
}

export const lifecycleProjection = createLifecycleProjection(defaultLifecycleRules);
