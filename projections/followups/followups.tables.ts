import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export const followUpStatuses = ['open', 'touched', 'overdue', 'erased'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Who can be given a lead (see assigneeFor), in the order they were registered: the round-robin order. */
export interface StaffMemberTable {
  staff_id: string;
  manager_id: string | null;
  active: boolean;
  /** Bigint as text. */
  seq: string;
}

/** The round-robin's place: the seq of the last staff member given a lead. One row, id 1. */
export interface AssignmentCursorTable {
  id: number;
  last_seq: string;
}

export interface CustomerOwnerTable {
  customer_id: string;
  owner_id: string;
}

/** One row per customer: its latest lead and where its follow-up stands. */
export interface FollowUpTable {
  customer_id: string;
  lead_event_id: string;
  captured_at: Timestamp;
  recorded_at: Timestamp;
  owner_id: string | null;
  status: FollowUpStatus;
  touched_at: Timestamp | null;
  overdue_at: Timestamp | null;
  escalated_to: string | null;
}

export interface FollowUpsTables {
  staff_member: StaffMemberTable;
  assignment_cursor: AssignmentCursorTable;
  customer_owner: CustomerOwnerTable;
  followup: FollowUpTable;
}
