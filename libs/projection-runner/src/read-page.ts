import type { EventFilter, EventStore, LogPosition, RecordedEvent } from '#crm/event-store';

/** At most `maxCount` events after `after`: replays stream the log page by page instead of holding it. */
export async function readPage(store: EventStore, after: LogPosition, filter: EventFilter, maxCount: number): Promise<RecordedEvent[]> {
  const page: RecordedEvent[] = [];
  for await (const event of store.readAll({ after, filter, maxCount })) page.push(event);
  return page;
}
