import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';
import type { CustomerFacts } from './customer-facts.js';
import type { SegmentRule } from '#crm/domain';

export const segmentsTables = defineTables({
  segment: {
    columns: {
      segment_id: column.text().primaryKey(),
      name: column.text(),
      description: column.text().nullable(),
      rule: column.jsonb<SegmentRule>(),
      /** The fact groups the rule reads: the index events are matched against. */
      fact_groups: column.textArray(),
      time_relative: column.boolean(),
      defined_at: column.timestamptz(),
      /**
       * While a new segment is evaluated over the customers already known, a transaction per chunk:
       * the last customer id evaluated ('' before the first chunk). Null once every one was.
       */
      evaluated_through: column.text().nullable(),
    },
  },
  customer_fact: {
    columns: { customer_id: column.text().primaryKey(), active: column.boolean(), facts: column.json<CustomerFacts>() },
  },
  /** Current members; the directory may join it to filter customers by segment. */
  segment_member: {
    columns: { segment_id: column.text(), customer_id: column.text(), entered_at: column.timestamptz() },
    primaryKey: ['segment_id', 'customer_id'],
    indexes: [
      { name: 'segment_member_page', on: ['segment_id', 'entered_at', 'customer_id'], onlyForQueries: true },
      { name: 'segment_member_customer', on: ['customer_id'] },
    ],
  },
  /** Every stay in a segment; `left_at` null while it lasts. */
  segment_membership: {
    columns: { segment_id: column.text(), customer_id: column.text(), entered_at: column.timestamptz(), left_at: column.timestamptz().nullable() },
    indexes: [
      { name: 'segment_membership_customer', on: ['customer_id', 'entered_at'] },
      { name: 'segment_membership_open', on: ['segment_id', 'customer_id'], where: 'left_at is null' },
    ],
  },
  /** The projection's notion of now: the latest business time seen or swept to. */
  segment_clock: {
    columns: { id: column.integer().primaryKey(), now: column.timestamptz() },
  },
  /** Records merged into another, while they are: left out of the member lists and counts, kept for an unmerge. */
  ...customerMergeTables,
});

export type SegmentsTables = TablesOf<typeof segmentsTables>;
export type SegmentTable = TableOf<typeof segmentsTables.segment>;
export type CustomerFactTable = TableOf<typeof segmentsTables.customer_fact>;
export type SegmentMemberTable = TableOf<typeof segmentsTables.segment_member>;
export type SegmentMembershipTable = TableOf<typeof segmentsTables.segment_membership>;
export type SegmentClockTable = TableOf<typeof segmentsTables.segment_clock>;
