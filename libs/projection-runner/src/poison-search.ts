import type { RecordedEvent } from '#crm/event-store';
import { ApplyBatchError } from './projection-runner.errors.js';

export interface PoisonEvent {
  event: RecordedEvent;
  error: unknown;
}

/**
 * Commits `events` as one batch. When applyBatch throws, the batch is retried one event per
 * commit, so the events before the culprit keep their effects and the culprit is named. Null
 * when everything committed (a failure that does not repeat event by event was not the event's).
 */
export async function commitFindingPoison(
  events: RecordedEvent[],
  commit: (events: RecordedEvent[]) => Promise<void>,
): Promise<PoisonEvent | null> {
  try {
    await commit(events);
    return null;
  } catch (error) {
    if (!(error instanceof ApplyBatchError) || events.length === 1) return rethrowOrPoison(error, events[0]);
  }
  for (const event of events) {
    try {
      await commit([event]);
    } catch (error) {
      return rethrowOrPoison(error, event);
    }
  }
  return null;
}

function rethrowOrPoison(error: unknown, event: RecordedEvent): PoisonEvent {
  if (error instanceof ApplyBatchError) return { event, error: error.cause };
  throw error;
}
