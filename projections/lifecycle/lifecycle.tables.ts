import type { LifecycleFacts } from '#crm/domain';
import { customerMergeTables } from '../shared/customer-merges.js';
import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';

export const lifecycleTables = defineTables({
  /** One row per customer: where it stands now, and what the rules need to move it later. */
  customer_lifecycle: {
    columns: {
      customer_id: column.uuid().primaryKey(),
      stage: column.text(),
      grade: column.text().nullable(),
      since: column.timestamptz(),
      evaluated_at: column.timestamptz(),
      /** When time alone will next move the customer: what the sweep looks for. */
      next_change_at: column.timestamptz().nullable(),
      facts: column.json<LifecycleFacts>(),
      /** How many transitions the customer has had: the next one's seq. */
      transitions: column.integer(),
    },
    indexes: [
      { name: 'customer_lifecycle_due', on: ['next_change_at'], where: 'next_change_at is not null' },
      { name: 'customer_lifecycle_stage', on: ['stage'], onlyForQueries: true },
    ],
  },
  /** Every change of stage or grade, with what caused it: an event id, or 'lapse'. */
  lifecycle_transition: {
    columns: {
      customer_id: column.uuid(),
      seq: column.integer(),
      from_stage: column.text().nullable(),
      from_grade: column.text().nullable(),
      to_stage: column.text(),
      to_grade: column.text().nullable(),
      cause: column.text().as<'event' | 'lapse'>(),
      event_id: column.text().nullable(),
      at: column.timestamptz(),
    },
    primaryKey: ['customer_id', 'seq'],
    indexes: [{ name: 'lifecycle_transition_at', on: ['at'], onlyForQueries: true }],
  },
  /** Records merged into another, while they are: they leave the counts, their rows are kept for an unmerge. */
  ...customerMergeTables,
});

export type LifecycleTables = TablesOf<typeof lifecycleTables>;
export type CustomerLifecycleTable = TableOf<typeof lifecycleTables.customer_lifecycle>;
export type LifecycleTransitionTable = TableOf<typeof lifecycleTables.lifecycle_transition>;
