import { isTouchCorrection, touchEventTypes } from '#crm/domain';
import { defineProjection, eventTypeSet } from '#crm/projection-runner';
import { applyCustomerMerges, customerMergeHandles } from '../shared/customer-merges.js';
import { correctedEntry, timelineEntry } from './timeline-entry.js';
import type { TimelineEvent } from './timeline-summary.js';
import { timelineTables } from './timeline.tables.js';

/**
 * Every touch, record change and deal move of a customer, newest first: GET /customers/:id/timeline.
 * Reads decoded events (the runner's decoder decrypts and upcasts them).
 */
export const timelineProjection = defineProjection<TimelineEvent>()({
  name: 'timeline',
  // 2: TouchVoided and TouchCorrected, and the amendment of the touch they name; merges (timeline_merge).
  // 3: merges in the shared customer_merge table (projections/shared/customer-merges.ts).
  // 4: facts, what each summary is made of, so the console words it in the reader's language.
  version: 4,
  handles: {
    ...eventTypeSet(touchEventTypes),
    CustomerRegistered: true,
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    ConsentGiven: true,
    ConsentWithdrawn: true,
    CustomerErased: true,
    TouchVoided: true,
    TouchCorrected: true,
    ...customerMergeHandles,
    CustomerAbsorbed: true,
    CustomerRestored: true,
    OpportunityOpened: true,
    OpportunityStageChanged: true,
    OpportunityUpdated: true,
    OpportunityWon: true,
    OpportunityLost: true,
  },
  tables: timelineTables,

  async applyBatch(trx, events, { copy }) {
    if (events.length === 0) return;
    const entries = events.map((event) => timelineEntry(event));
    // An entry per event: a rebuild's replay meets each event once.
    if (copy) await copy('timeline_entry', entries);
    else
      await trx
        .insertInto('timeline_entry')
        .values(entries)
        .onConflict((oc) => oc.column('event_id').doNothing())
        .execute();
    // After the inserts, in log order, one by one: the touch a void or correction names may be in this batch. Rare.
    for (const event of events) {
      if (isTouchCorrection(event)) {
        const changes = event.type === 'TouchVoided' ? { amendment: 'voided' as const } : correctedEntry(event);
        await trx.updateTable('timeline_entry').set(changes).where('event_id', '=', event.data.touchEventId).execute();
      }
    }
    await applyCustomerMerges(trx, events);
  },
});

export const timelineEventTypes = timelineProjection.eventTypes;
