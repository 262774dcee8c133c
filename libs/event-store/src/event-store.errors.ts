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

export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  constructor(readonly backend: string, readonly where: string, cause?: unknown) {
    super(`${backend} event store unreachable at ${where}`, { cause });
  }
}
