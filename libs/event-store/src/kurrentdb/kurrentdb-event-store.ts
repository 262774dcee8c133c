import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  type AppendResult as ClientAppendResult,
} from '@kurrent/kurrentdb-client';
import type {
  AppendResult,
  EventFilter,
  EventStore,
  EventSubscription,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
} from '../event-store.port.js';
import { appendOneByOne } from '../append-one-by-one.js';
import { WrongExpectedRevisionError, type ActualRevision } from '../event-store.errors.js';
import type { LogPosition } from '../log-position.js';
import { validateAppend, validateAppends, validateCount, validateFilter, validateReadAll, validateReadStream } from '../event-store-input.validation.js';
import { toAppendResult, toEventData } from './kurrentdb-append.js';
import {
  describeEndpoint,
  InvalidConnectionStringError,
  normalizeConnectionString,
  redactCredentials,
  refuseDivergentOptions,
} from './kurrentdb-connection-string.js';
import { onLeader, toAppendError, toEventStoreError } from './kurrentdb-errors.js';
import { toKurrentFilter } from './kurrentdb-filter.js';
import { toReadPosition } from './kurrentdb-position.js';
import { toEventAfter, toRecordedEvent } from './kurrentdb-recorded-event.js';
import { toStreamState } from './kurrentdb-stream-state.js';
import { KurrentDbSubscription } from './kurrentdb-subscription.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function openClient(connectionString: string): KurrentDBClient {
  refuseDivergentOptions(connectionString);
  try {
    // Parses the string twice, in Node for appends and subscriptions and in the Rust bridge for
    // reads: a string either refuses is refused here, at start, not at the first read.
    return KurrentDBClient.connectionString(normalizeConnectionString(connectionString));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidConnectionStringError(redactCredentials(reason, connectionString));
  }
}

/** The event log on KurrentDB / EventStoreDB, through the gRPC client. */
export class KurrentDbEventStore implements EventStore {
  readonly backend = 'kurrentdb' as const;
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  /** Dropped on close(): the Rust half of the client has no close of its own and goes when unreferenced. */
  #client: KurrentDBClient | undefined;

  private constructor(
    client: KurrentDBClient,
    /** host:port list for error messages: never the credentials of the connection string. */
    private readonly endpoint: string,
  ) {
    this.#client = client;
  }

  static async connect(options: { connectionString: string }): Promise<KurrentDbEventStore> {
    const store = new KurrentDbEventStore(openClient(options.connectionString), describeEndpoint(options.connectionString));
    try {
      // The client connects lazily; a server that is down should fail the start, not the first command.
      await store.headPosition();
      return store;
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  private get client(): KurrentDBClient {
    if (!this.#client) throw new Error(`kurrentdb event store at ${this.endpoint}: used after close()`);
    return this.#client;
  }

  async appendToStream(
    streamName: string,
    events: EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    validateAppend(streamName, events, expected);
    // The server lets 'stream_exists' through when the stream has only metadata ($$stream), which
    // the port counts as no stream. Events are never removed, so a stream seen with events keeps them.
    if (expected === 'stream_exists' && (await this.lastRevision(streamName)) === 'no_stream') {
      throw new WrongExpectedRevisionError(streamName, expected, 'no_stream');
    }
    const eventData = toEventData(events);
    let written: ClientAppendResult;
    try {
      written = await onLeader(() => this.client.appendToStream(streamName, eventData, { streamState: toStreamState(expected) }));
    } catch (error) {
      throw toAppendError(error, { streamName, expected, endpoint: this.endpoint });
    }
    // Only with throwOnAppendFailure=false in the connection string; the client then reports the
    // actual revision wrongly (1 for any existing stream), so it is read instead.
    if (!written.success) throw new WrongExpectedRevisionError(streamName, expected, await this.lastRevision(streamName));
    // The server answers with the stream's last revision only (and no position at all on an
    // idempotent retry), so every append reads its events back for their revisions and positions.
    const firstRevision = written.nextExpectedRevision - BigInt(events.length) + 1n;
    const stored = firstRevision < 0n ? [] : await this.readFromLeader(streamName, { fromRevision: firstRevision, maxCount: events.length });
    return toAppendResult(streamName, events, stored);
  }

  /** One stream after another: the server has no transaction spanning streams (see docs/kurrentdb.md). */
  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    validateAppends(appends);
    return appendOneByOne(this, appends);
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return this.withPortErrors(this.clientStreamEvents(streamName, options, { requiresLeader: false }), streamName);
  }

  /** From the leader (a follower may not have an append yet), once more if the node was not the leader. */
  private async readFromLeader(streamName: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    try {
      return await onLeader(() => collect(this.clientStreamEvents(streamName, options, { requiresLeader: true })));
    } catch (error) {
      throw toEventStoreError(error, { endpoint: this.endpoint, streamName });
    }
  }

  private async lastRevision(streamName: string): Promise<ActualRevision> {
    const [last] = await this.readFromLeader(streamName, { direction: 'backwards', maxCount: 1 });
    return last?.revision ?? 'no_stream';
  }

  private async *withPortErrors<T>(items: AsyncIterable<T>, streamName?: string): AsyncIterable<T> {
    try {
      yield* items;
    } catch (error) {
      throw toEventStoreError(error, { endpoint: this.endpoint, streamName });
    }
  }

  /** The client's read of a stream, its errors left raw for the caller to retry or map. */
  private async *clientStreamEvents(
    streamName: string,
    options: ReadStreamOptions,
    { requiresLeader }: { requiresLeader: boolean },
  ): AsyncIterable<RecordedEvent> {
    validateReadStream(streamName, options);
    if (options.maxCount === 0) return;
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    try {
      const events = this.client.readStream(streamName, {
        direction: forwards ? FORWARDS : BACKWARDS,
        fromRevision: options.fromRevision ?? (forwards ? START : END),
        maxCount: options.maxCount,
        requiresLeader,
      });
      for await (const resolved of events) {
        if (resolved.event) yield toRecordedEvent(resolved.event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return;
      throw error;
    }
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return this.withPortErrors(this.clientAllEvents(options));
  }

  private async *clientAllEvents(options: ReadAllOptions): AsyncIterable<RecordedEvent> {
    validateReadAll(options);
    const { after, maxCount, filter } = options;
    if (maxCount === 0) return;
    const fromPosition = toReadPosition(after);
    // The client starts at the event AT the position, which the port excludes: read one more.
    const requested = maxCount === undefined || fromPosition === START ? maxCount : maxCount + 1;
    let delivered = 0;
    const events = this.client.readAll({ direction: FORWARDS, fromPosition, maxCount: requested, filter: toKurrentFilter(filter) });
    for await (const resolved of events) {
      const event = toEventAfter(resolved, after);
      if (!event) continue;
      yield event;
      delivered += 1;
      if (delivered === maxCount) return;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    validateFilter(options.filter);
    const source = this.client.subscribeToAll({
      fromPosition: toReadPosition(options.after),
      filter: toKurrentFilter(options.filter),
    });
    const subscription = new KurrentDbSubscription(source, {
      after: options.after,
      onCaughtUp: options.onCaughtUp,
      toStoreError: (error) => toEventStoreError(error, { endpoint: this.endpoint }),
      onClosed: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<LogPosition | null> {
    const newest = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: toKurrentFilter(undefined) });
    for await (const resolved of this.withPortErrors(newest)) {
      if (resolved.event) return toRecordedEvent(resolved.event).position;
    }
    return null;
  }

  async countAfter(options: { after?: LogPosition; filter?: EventFilter; limit: number }): Promise<number> {
    validateCount('limit', options.limit, { min: 0 });
    let count = 0;
    for await (const _event of this.readAll({ after: options.after, filter: options.filter, maxCount: options.limit })) count += 1;
    return count;
  }

  async close(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.#client = undefined;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await client.dispose();
  }
}
