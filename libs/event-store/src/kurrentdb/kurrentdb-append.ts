import { isDeepStrictEqual } from 'node:util';
import { jsonEvent, type EventData } from '@kurrent/kurrentdb-client';
import type { AppendResult, EventToAppend, RecordedEvent } from '../event-store.port.js';
import { DuplicateEventIdError } from '../event-store.errors.js';

/**
 * The server keeps an id as a GUID and answers it lowercase, so an id sent in capitals would never
 * equal the one read back: ids are sent lowercase, as PostgreSQL's uuid column answers them too.
 */
export function toEventData(events: EventToAppend[]): EventData[] {
  return events.map((event) => jsonEvent({ id: event.id.toLowerCase(), type: event.type, data: event.data, metadata: event.metadata }));
}

/** What the log holds is what JSON kept: undefined fields vanish, dates become strings. */
function asStored(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function sameContent(sent: EventToAppend, stored: RecordedEvent): boolean {
  return (
    sent.id.toLowerCase() === stored.id &&
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
