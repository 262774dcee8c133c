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
  version: 1,
  handles: {
    ...eventTypeSet(touchEventTypes),
    CustomerRegistered: true,
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    ConsentGiven: true,
    ConsentWithdrawn: true,
    CustomerErased: true,
    OpportunityOpened: true,
    OpportunityStageChanged: true,
    OpportunityUpdated: true,
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
  },
});

export const timelineEventTypes = timelineProjection.eventTypes;
