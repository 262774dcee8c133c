import type { ExpectedRevision } from './event-store.port.js';

export type ActualRevision = bigint | 'no_stream';

export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: ActualRevision,
  ) {
    super(`stream ${streamName}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id reused with different content: an idempotent retry must repeat the same events. */
export class DuplicateEventIdError extends Error {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string, readonly streamName: string) {
    super(`event id ${eventId} was already written with other content or to another stream (appending to ${streamName})`);
  }
}

/**
 * The stream was deleted in the event store itself (a KurrentDB tombstone, set by an operator:
 * the CRM never deletes a stream). It can be neither read nor written again under that name.
 */
export class StreamDeletedError extends Error {
  readonly code = 'STREAM_DELETED';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} was deleted in the event store and cannot be read or written`);
  }
}

/** The store cannot be reached, or dropped the connection mid-call: the outcome of a write is unknown. */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(readonly backend: string, readonly where: string, cause?: unknown) {
    super(`${backend} event store unreachable at ${where}`, { cause });
  }
}
