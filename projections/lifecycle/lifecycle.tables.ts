import type { ColumnType } from 'kysely';
import type { LifecycleFacts } from '#crm/domain';

type Timestamp = ColumnType<Date, Date, Date>;

/** One row per customer: where it stands now, and what the rules need to move it later. */
export interface CustomerLifecycleTable {
  customer_id: string;
  stage: string;
  grade: string | null;
  since: Timestamp;
  evaluated_at: Timestamp;
  /** When time alone will next move the customer: what the sweep looks for. */
  next_change_at: Timestamp | null;
  facts: ColumnType<LifecycleFacts, string, string>;
  /** How many transitions the customer has had: the next one's seq. */
  transitions: number;
}

/** Every change of stage or grade, with what caused it: an event id, or 'lapse'. */
export interface LifecycleTransitionTable {
  customer_id: string;
  seq: number;
  from_stage: string | null;
  from_grade: string | null;
  to_stage: string;
  to_grade: string | null;
  cause: 'event' | 'lapse';
  event_id: string | null;
  at: Timestamp;
}

export interface LifecycleTables {
  customer_lifecycle: CustomerLifecycleTable;
  lifecycle_transition: LifecycleTransitionTable;
}
