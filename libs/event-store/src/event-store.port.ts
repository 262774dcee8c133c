import type { LogPosition } from './log-position.js';

/** What an append expects of the stream: the optimistic-concurrency check it must pass. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type JsonObject = { [key: string]: unknown };

export interface EventToAppend {
  /** UUID chosen by the writer: appending the same id twice writes it once (idempotency). */
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

/** Catch-up then live delivery; iteration ends after close(). */
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
  appendToStream(
    streamName: string,
    events: EventToAppend[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  /**
   * Appends to many streams in one call: what bulk loads use. Each stream's part is checked and
   * idempotent exactly as appendToStream's, and is written whole or not at all; a stream may be
   * named once. The first failure is thrown. Whether the other streams were written then depends
   * on the backend (PostgreSQL: those in the groups of 500 streams before its group, each group
   * one transaction; KurrentDB: those before it, one stream after another), so a caller recovers by reading and repeating, which the event ids make safe.
   * Results are in the order of `appends`.
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
