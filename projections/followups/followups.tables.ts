import type { AssignmentRule, AttributeValue } from '#crm/domain';
import { jobOutboxTables } from '#crm/jobs';
import { column, defineTables, type TablesOf } from '#crm/read-store';
import { customerMergeTables } from '../shared/customer-merges.js';

/** `voided`: the lead was voided (a correction), so there is nothing to follow up. */
export const followUpStatuses = ['open', 'touched', 'overdue', 'erased', 'voided'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

export const followUpsTables = defineTables({
  /** Who can be given a lead (see assigneeFor), in the order they were registered: the round-robin order. */
  staff_member: {
    columns: {
      staff_id: column.uuid().primaryKey(),
      manager_id: column.uuid().nullable(),
      active: column.boolean(),
      // The registration's log position, not a sequence: sequences move even in transactions a crash
      // rolls back, and a restarted projector must give the same order as a rebuild.
      seq: column.bigint().unique(),
    },
  },
  /**
   * Each round-robin's place: the seq of the last staff member it gave a lead. `pool` is `all`
   * (every salesperson, the fallback) or a manager's id (the team of a rule).
   */
  assignment_cursor: {
    columns: { pool: column.text().primaryKey(), last_seq: column.bigint() },
  },
  /** The assignment rules in force, in order (GET /assignment-rules). One row, id 1, once defined. */
  assignment_rules: {
    columns: { id: column.integer().primaryKey(), rules: column.jsonb<AssignmentRule[]>(), defined_at: column.timestamptz() },
  },
  customer_owner: {
    columns: { customer_id: column.uuid().primaryKey(), owner_id: column.uuid() },
  },
  /** What routing rules read of a customer: its attributes (country among them), kept current. */
  customer_attributes: {
    columns: { customer_id: column.uuid().primaryKey(), attributes: column.jsonb<Record<string, AttributeValue>>() },
  },
  /** One row per customer: its latest lead and where its follow-up stands. */
  followup: {
    columns: {
      customer_id: column.uuid().primaryKey(),
      lead_event_id: column.text(),
      captured_at: column.timestamptz(),
      recorded_at: column.timestamptz(),
      owner_id: column.uuid().nullable(),
      status: column.text().as<FollowUpStatus>(),
      touched_at: column.timestamptz().nullable(),
      /** Touches that followed the lead up; a void takes one back, and at none the lead is open again. */
      follow_ups: column.integer(),
      overdue_at: column.timestamptz().nullable(),
      escalated_to: column.uuid().nullable(),
    },
    indexes: [{ name: 'followup_owner_status', on: ['owner_id', 'status'] }],
  },
  ...jobOutboxTables,
  /** Records merged into another, while they are: a touch of the survivor closes their follow-ups. */
  ...customerMergeTables,
});

export type FollowUpsTables = TablesOf<typeof followUpsTables>;
