import type { ColumnType } from 'kysely';
import type { JsonObject } from '#crm/event-store';

/** The customer_state_snapshot table (read-store migration 20261202100000-customer-state-snapshot). */
export interface CustomerStateSnapshotTable {
  customer_id: string;
  fold_version: number;
  /** The revision of the last event folded in. */
  revision: ColumnType<string, string, never>;
  /** When that event was recorded: a snapshot serves every instant from then on. */
  recorded_at: Date;
  /** `{ personal: <the state> }` as the event codec encodes it: sealed with the person's key. */
  state: JsonObject;
  created_at: ColumnType<Date, never, never>;
}

export interface CustomerStateSnapshotDatabase {
  customer_state_snapshot: CustomerStateSnapshotTable;
}
