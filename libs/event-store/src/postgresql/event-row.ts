import type { Selectable } from 'kysely';
import type { RecordedEvent } from '../event-store.port.js';
import type { EventsTable } from './event-store.tables.js';

export type EventRow = Selectable<EventsTable>;

export const eventColumns = [
  'position', 'transaction_id', 'event_id', 'stream_name', 'stream_revision', 'event_type', 'data', 'metadata', 'recorded_at',
] as const;

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    type: row.event_type,
    revision: BigInt(row.stream_revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) },
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
