import type { EventFilter, EventStore, RecordedEvent } from '@crm/event-store';

/**
 * The first event of the log that passes `filter` and `match`, whether already recorded or still
 * to come: what a test waits for before it strikes, so it strikes at a moment it can name.
 */
export async function firstEvent(store: EventStore, filter: EventFilter, match: (event: RecordedEvent) => boolean): Promise<RecordedEvent> {
  const subscription = store.subscribeToAll({ filter });
  try {
    for await (const event of subscription) if (match(event)) return event;
  } finally {
    await subscription.close();
  }
  throw new Error('the subscription ended before a matching event');
}
