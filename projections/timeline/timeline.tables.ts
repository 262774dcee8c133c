import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';
import type { TimelineFacts } from './timeline-facts.js';

export type TimelineCategory = 'touch' | 'record' | 'deal';

/** What became of a touch since it was recorded: null while it stands as recorded. */
export type TimelineAmendment = 'voided' | 'corrected';

export const timelineTables = defineTables({
  /** One row per event of a customer; a touch's row is updated only by its void or corrections. */
  timeline_entry: {
    columns: {
      event_id: column.text().primaryKey(),
      customer_id: column.uuid(),
      commit_position: column.bigint(),
      prepare_position: column.bigint(),
      type: column.text(),
      category: column.text().as<TimelineCategory>(),
      summary: column.text(),
      /** What the summary is made of, for a reader's own language (timeline-facts.ts). */
      facts: column.jsonb<TimelineFacts>(),
      channel: column.text().nullable(),
      actor_id: column.text().nullable(),
      actor_role: column.text().nullable(),
      amount: column.bigint().nullable(),
      currency: column.text().nullable(),
      occurred_at: column.timestamptz(),
      recorded_at: column.timestamptz(),
      amendment: column.text().as<TimelineAmendment>().nullable(),
    },
    // The page order, so the first and the hundredth page of a long history cost the same.
    indexes: [{ name: 'timeline_entry_page', on: ['customer_id', 'occurred_at desc', 'commit_position desc', 'prepare_position desc'], onlyForQueries: true }],
  },
  ...customerMergeTables,
});

export type TimelineTables = TablesOf<typeof timelineTables>;
export type TimelineEntryTable = TableOf<typeof timelineTables.timeline_entry>;
