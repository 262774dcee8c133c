import { touchEventTypes } from '#crm/domain';
import { defineProjection, eventTypeSet } from '#crm/projection-runner';
import { timelineEntry } from './timeline-entry.js';
import type { TimelineEvent } from './timeline-summary.js';
import { timelineTables } from './timeline.tables.js';

/**
 * Every touch, record change and deal move of a customer, newest first: GET /customers/:id/timeline.
 * Reads decoded events (the runner's decoder decrypts and upcasts them).
 */
export const timelineProjection = defineProjection<TimelineEvent>()({
  name: 'timeline',
  version: 2,
  handles: {
    ...eventTypeSet(touchEventTypes),
    CustomerRegistered: true,
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    ConsentGiven: true,
    ConsentWithdrawn: true,
    CustomerErased: true,
    CustomerMerged: true,
    CustomerAbsorbed: true,
    CustomerUnmerged: true,
    CustomerRestored: true,
    OpportunityOpened: true,
    OpportunityStageChanged: true,
    OpportunityWon: true,
    OpportunityLost: true,
  },
  tables: timelineTables,

  async applyBatch(trx, events) {
    if (events.length === 0) return;
    await trx
      .insertInto('timeline_entry')
      .values(events.map((event) => timelineEntry(event)))
      .onConflict((oc) => oc.column('event_id').doNothing())
      .execute();
    // In log order, one by one: a merge and its unmerge may share a batch. Merges are rare.
    for (const event of events) {
      if (event.type === 'CustomerMerged') {
        const row = { absorbed_id: event.data.absorbedId, survivor_id: event.data.customerId };
        await trx.insertInto('timeline_merge').values(row).onConflict((oc) => oc.column('absorbed_id').doUpdateSet({ survivor_id: row.survivor_id })).execute();
      }
      if (event.type === 'CustomerUnmerged') await trx.deleteFrom('timeline_merge').where('absorbed_id', '=', event.data.absorbedId).execute();
    }
  },
});

export const timelineEventTypes = timelineProjection.eventTypes;
