import { isDeepStrictEqual } from 'node:util';
import { jsonEvent, type EventData } from '@kurrent/kurrentdb-client';
import type { AppendResult, EventToAppend, RecordedEvent } from '../event-store.port.js';
import { DuplicateEventIdError } from '../event-store.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class InvalidEventToAppendError extends Error {
  readonly code = 'INVALID_EVENT';
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
  }
}

export function toEventData(events: EventToAppend[]): EventData[] {
  if (events.length === 0) throw new InvalidEventToAppendError('events', 'at least one event is required');
  return events.map((event, index) => {
    if (!UUID.test(event.id)) {
      throw new InvalidEventToAppendError(`events[${index}].id`, `"${event.id}" is not a UUID`);
    }
    return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata });
  });
}

/** What the log holds is what JSON kept: undefined fields vanish, dates become strings. */
function asStored(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function sameContent(sent: EventToAppend, stored: RecordedEvent): boolean {
  return (
    sent.id === stored.id &&
    sent.type === stored.type &&
    isDeepStrictEqual(asStored(sent.data), stored.data) &&
    isDeepStrictEqual(asStored(sent.metadata), stored.metadata)
  );
}

/**
 * The result of an append, built from the events read back at the revisions the server reported.
 * KurrentDB deduplicates by id alone, so this is also where a reused id with other content shows.
 */
export function toAppendResult(streamName: string, sent: EventToAppend[], stored: RecordedEvent[]): AppendResult {
  sent.forEach((event, index) => {
    if (!stored[index] || !sameContent(event, stored[index])) throw new DuplicateEventIdError(event.id, streamName);
  });
  const last = stored[sent.length - 1];
  return {
    streamName,
    nextExpectedRevision: last.revision,
    position: last.position,
    events: stored.slice(0, sent.length).map(({ id, revision, position }) => ({ id, revision, position })),
  };
}
