import type { EventStore, RecordedEvent } from '#crm/event-store';

/**
 * The first `count` events of the log, waiting until they are readable. A single readAll() right
 * after appending may miss some: readers see only below the server's oldest open transaction, and
 * on a shared server that may be any other test's.
 */
export async function firstEvents(store: EventStore, count: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  const subscription = store.subscribeToAll();
  try {
    for await (const event of subscription) if (events.push(event) === count) break;
  } finally {
    await subscription.close();
  }
  return events;
}
