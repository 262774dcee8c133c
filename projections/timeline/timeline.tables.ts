import type { ColumnType } from 'kysely';

type Int8 = ColumnType<string, bigint | string, never>;
type Timestamp = ColumnType<Date, Date, never>;

export type TimelineCategory = 'touch' | 'record' | 'deal';

/** One row per event of a customer: append-only, never updated. */
export interface TimelineEntryTable {
  event_id: string;
  customer_id: string;
  commit_position: Int8;
  prepare_position: Int8;
  type: string;
  category: TimelineCategory;
  summary: string;
  channel: string | null;
  actor_id: string | null;
  actor_role: string | null;
  amount: ColumnType<string | null, number | null, never>;
  currency: string | null;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
}

export interface TimelineTables {
  timeline_entry: TimelineEntryTable;
}
