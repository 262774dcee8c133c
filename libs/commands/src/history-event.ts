import type { CurrentEvent } from '#crm/commands';
import { formatPosition, type JsonObject } from '#crm/event-store';

/** One event of a customer's history as the API shows it: data upcast, metadata as recorded. */
export type HistoryEvent = {
  eventId: string;
  type: string;
  revision: string;
  position: string;
  /** The schema of `data` (the current one); metadata.schemaVersion is the one it was written in. */
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  data: JsonObject;
  metadata: JsonObject;
};

function occurredAtOf(event: CurrentEvent): string {
  const candidates = [event.metadata.occurredAt, event.data.occurredAt];
  const given = candidates.find((value): value is string => typeof value === 'string');
  return given ?? event.recordedAt.toISOString();
}

export function historyEvent(event: CurrentEvent): HistoryEvent {
  return {
    eventId: event.id,
    type: event.type,
    revision: event.revision.toString(),
    position: formatPosition(event.position),
    schemaVersion: event.schemaVersion,
    occurredAt: occurredAtOf(event),
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
    metadata: event.metadata,
  };
}
