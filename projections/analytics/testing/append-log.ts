import type { EventStore, RecordedEvent } from '#crm/event-store';

/** Appends built events to the real log, one append per event, in order. */
export async function appendLog(store: EventStore, events: RecordedEvent[]): Promise<void> {
  for (const event of events) {
    await store.appendToStream(event.streamName, [{ id: event.id, type: event.type, data: event.data, metadata: event.metadata }]);
  }
}
