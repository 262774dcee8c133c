import type { LogPosition } from './log-position.js';

/** What an append expects of the stream: the optimistic-concurrency check it must pass. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type JsonObject = { [key: string]: unknown };

export interface EventToAppend {
  /**
   * UUID chosen by the writer, compared without regard to case; the log answers it lowercase.
   * What a repeated append of the same ids does depends on the backend — see appendToStream.
   */
  id: string;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
}

/** One stream's part of an append to many streams. */
export interface StreamAppend {
  streamName: string;
  events: EventToAppend[];
  expectedRevision?: ExpectedRevision;
}

export interface RecordedEvent {
  id: string;
  streamName: string;
  type: string;
  /** 0-based index of the event in its stream. */
  revision: bigint;
  /** Global position in the whole log; totally ordered by comparePositions. */
  position: LogPosition;
  data: JsonObject;
  metadata: JsonObject;
  recordedAt: Date;
}

export interface AppendResult {
  streamName: string;
  /** Revision of the stream's last event after the append: the next append's expected revision. */
  nextExpectedRevision: bigint;
  /** Position of the last appended event. */
  position: LogPosition;
  events: { id: string; revision: bigint; position: LogPosition }[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first event (forwards) or the last (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}

/** Either a set of stream-name prefixes or a set of event types; never both. */
export type EventFilter = { streamPrefixes: string[] } | { eventTypes: string[] };

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Defaults to the start of the log. */
  after?: LogPosition;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events strictly after this checkpoint. Defaults to the start of the log. */
  after?: LogPosition;
  filter?: EventFilter;
  /** Called once, the first time the subscription has delivered everything committed so far. */
  onCaughtUp?: () => void;
}

/**
 * Catch-up then live delivery; iteration ends after close(). A subscription does not reconnect by
 * itself: when the connection drops (or the server ends it) iteration throws
 * EventStoreUnavailableError — never ends quietly, never hangs — and the caller subscribes again
 * after the last event it handled (the projection runner does, from its checkpoint).
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** A compiled statement of the caller's, run in an append's transaction. */
export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * One append held open so the caller can commit rows of its own with it (the Idempotency-Key
 * record): both land or neither does. It holds one connection from begin to commit and reads
 * nothing through any other, so keep the work between them short.
 */
export interface AppendTransaction {
  execute<Row>(statement: Statement): Promise<Row[]>;
  appendToStream(streamName: string, events: EventToAppend[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** The event log: one port, a backend per store (PostgreSQL, KurrentDB). */
export interface EventStore {
  readonly backend: 'postgresql' | 'kurrentdb';
  /**
   * Appends the events after the expected revision, all or none. Repeating an append whose ids
   * are already in the stream answers the first result and writes nothing — but each backend
   * recognises a repeat only so far:
   * - PostgreSQL always (a unique index on the id): whatever the expected revision, even after
   *   the stream moved on; an id already written with another type or data, or to another
   *   stream, is refused with DuplicateEventIdError.
   * - KurrentDB only when the repeat names the same exact revision (or 'no_stream') as the first
   *   append: the server then finds the ids at the revisions after it. With 'any' or
   *   'stream_exists' it looks only in an in-memory cache of recent writes (emptied on restart);
   *   and a repeat at a later revision is written again, as new events. An id written to
   *   another stream is never detected.
   * A writer that must never write twice therefore looks for its ids in the stream it read
   * before appending (as the command pipeline does) and appends at the revision it read.
   * Throws WrongExpectedRevisionError, DuplicateEventIdError, StreamDeletedError (KurrentDB
   * only) or EventStoreUnavailableError — after which the append may or may not have happened.
   */
  appendToStream(
    streamName: string,
    events: EventToAppend[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  /**
   * Appends to many streams in one call: what bulk loads use. Each stream's part is checked and
   * idempotent exactly as appendToStream's, and is written whole or not at all; a stream may be
   * named once. The first failure is thrown. Whether the other streams were written then depends
   * on the backend (PostgreSQL: those in the groups (at most 500 streams, sized by time) before its group, each group
   * one transaction; KurrentDB: those before it, one stream after another). A caller recovers by
   * reading the streams again and leaving out the events already there (as the import does);
   * repeating the call as it was is safe on PostgreSQL, and on KurrentDB only with the same exact
   * revisions (see appendToStream). Results are in the order of `appends`.
   */
  appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]>;
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeOptions): EventSubscription;
  /** Position of the newest event readers can see, or null for an empty log. */
  headPosition(): Promise<LogPosition | null>;
  /**
   * How many readable events lie after a position (matching the filter), counting at most
   * `limit`: the lag figure of projections, which must stay cheap however far behind they are.
   */
  countAfter(options: { after?: LogPosition; filter?: EventFilter; limit: number }): Promise<number>;
  close(): Promise<void>;
  /** Only where the log shares a database with the caller's tables (PostgreSQL). */
  beginTransaction?(): Promise<AppendTransaction>;
}

export const EVENT_STORE = Symbol('EventStore');
