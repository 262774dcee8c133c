import type { ColumnType } from 'kysely';
import type { JsonObject } from '../event-store.port.js';

/** int8 and xid8 arrive from pg as decimal strings; the store turns them into bigints. */
type Int64 = ColumnType<string, never, never>;

export interface EventsTable {
  position: Int64;
  transaction_id: Int64;
  event_id: string;
  stream_name: string;
  stream_revision: ColumnType<string, never, never>;
  event_type: string;
  data: JsonObject;
  metadata: JsonObject;
  recorded_at: ColumnType<Date, never, never>;
}

/** The event store's own tables; appends go through the event_store_append function only. */
export interface EventStoreTables {
  events: EventsTable;
}
