import {
  comparePositions,
  START_OF_LOG,
  type EventStore,
  type EventSubscription,
  type LogPosition,
  type RecordedEvent,
  type SubscribeOptions,
} from '#crm/event-store';
import { readPage } from './read-page.js';

/** Latest events kept for subscribers a little behind: ten seconds at 1,000 appends a second. */
const DEFAULT_WINDOW = 10_000;
/** What a subscriber behind the kept events reads of the log at a time. */
const CATCH_UP_PAGE = 1000;

export interface SharedLogFeedOptions {
  /** Every event type a subscriber may ask for: the feed reads these. */
  eventTypes: readonly string[];
  windowSize?: number;
}

/**
 * One reading of the log for all of a runner's live projections. Each used to hold a subscription
 * of its own, so every append was read, and decoded, once per projection, and the projector's few
 * connections queued a page read per projection for each notification. The feed follows the log
 * with one subscription and keeps its latest events; each subscriber takes them from its own
 * position at its own pace and never waits for another. One behind the kept events (a slow batch,
 * a start from an old checkpoint) reads the log by itself until it is back among them.
 *
 * Subscribers see exactly what a subscription of the store with their filter would deliver: the
 * kept events are every event of the feed's types after `start`, in log order, and a position a
 * reader has reached is final (nothing is ever written at or before it later).
 */
export class SharedLogFeed {
  private readonly types: ReadonlySet<string>;
  private readonly windowSize: number;
  private readonly subscribers = new Set<FeedSubscription>();
  private upstream: Upstream | undefined;

  constructor(readonly store: EventStore, options: SharedLogFeedOptions) {
    this.types = new Set(options.eventTypes);
    this.windowSize = options.windowSize ?? DEFAULT_WINDOW;
  }

  /** Like the store's subscribeToAll; a filter other than event types the feed reads goes to the store. */
  subscribe(options: SubscribeOptions): EventSubscription {
    const types = options.filter && 'eventTypes' in options.filter ? options.filter.eventTypes : undefined;
    if (!types || types.some((type) => !this.types.has(type))) return this.store.subscribeToAll(options);
    return new FeedSubscription(this, options, new Set(types));
  }

  /**
   * The reading a subscriber at `cursor` takes events from: started there when there is none (or
   * the last one ended), and started again there when the current one is still catching up from
   * further back, so a subscriber near the head never waits for a reading of old events.
   */
  follow(cursor: LogPosition): Upstream {
    const current = this.upstream;
    if (current && !current.ended && (current.caughtUp || comparePositions(cursor, current.end) <= 0)) return current;
    current?.close();
    this.upstream = new Upstream(this.store, cursor, [...this.types], this.windowSize);
    return this.upstream;
  }

  attach(subscription: FeedSubscription): void {
    this.subscribers.add(subscription);
  }

  /** The last subscriber gone, the feed stops reading. */
  detach(subscription: FeedSubscription): void {
    this.subscribers.delete(subscription);
    if (this.subscribers.size > 0) return;
    this.upstream?.close();
    this.upstream = undefined;
  }
}

/** One subscription of the store and the latest events it delivered. */
class Upstream {
  /** Every event of the feed's types after `start` up to the last of these, in log order. */
  private events: RecordedEvent[] = [];
  start: LogPosition;
  caughtUp = false;
  ended = false;
  failure: unknown;
  private readonly subscription: EventSubscription;
  private changes = signal();

  constructor(store: EventStore, after: LogPosition, eventTypes: string[], private readonly windowSize: number) {
    this.start = after;
    this.subscription = store.subscribeToAll({
      after,
      filter: { eventTypes },
      onCaughtUp: () => {
        this.caughtUp = true;
        this.changed();
      },
    });
    void this.pump();
  }

  get end(): LogPosition {
    return this.events.at(-1)?.position ?? this.start;
  }

  /** The kept events after `cursor` (a copy: the array is trimmed while a subscriber hands them out). */
  eventsAfter(cursor: LogPosition): RecordedEvent[] {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (comparePositions(this.events[middle].position, cursor) <= 0) low = middle + 1;
      else high = middle;
    }
    return this.events.slice(low);
  }

  /** Resolves at the next event, catch-up, end, or when `signal` aborts. */
  nextChange(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    const { promise } = this.changes;
    return new Promise<void>((resolve) => {
      const done = () => {
        signal.removeEventListener('abort', done);
        resolve();
      };
      signal.addEventListener('abort', done);
      void promise.then(done);
    });
  }

  close(): void {
    this.ended = true;
    void this.subscription.close();
    this.changed();
  }

  private async pump(): Promise<void> {
    try {
      for await (const event of this.subscription) {
        this.events.push(event);
        // Trimmed a quarter at a time, so dropping the oldest is not a copy per event.
        if (this.events.length >= this.windowSize + Math.ceil(this.windowSize / 4)) {
          const dropped = this.events.length - this.windowSize;
          this.start = this.events[dropped - 1].position;
          this.events = this.events.slice(dropped);
        }
        this.changed();
      }
    } catch (error) {
      if (!this.ended) this.failure = error;
    }
    this.ended = true;
    this.changed();
  }

  private changed(): void {
    this.changes.resolve();
    this.changes = signal();
  }
}

/** A promise and its resolve (Promise.withResolvers is not in Node 20). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

class FeedSubscription implements EventSubscription {
  private readonly stopped = new AbortController();
  private started = false;

  constructor(
    private readonly feed: SharedLogFeed,
    private readonly options: SubscribeOptions,
    private readonly types: ReadonlySet<string>,
  ) {}

  async close(): Promise<void> {
    this.stopped.abort();
    this.feed.detach(this);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.started) throw new Error('a subscription can be iterated only once; subscribe again for another reader');
    this.started = true;
    this.feed.attach(this);
    return this.deliver();
  }

  private get closed(): boolean {
    return this.stopped.signal.aborted;
  }

  private async *deliver(): AsyncGenerator<RecordedEvent> {
    let cursor = this.options.after ?? START_OF_LOG;
    let toldCaughtUp = false;
    const filter = { eventTypes: [...this.types] };
    let upstream: Upstream | undefined;
    try {
      while (!this.closed) {
        // A failed reading is every subscriber's to report (and retry): following a new one at once would spin.
        if (upstream?.failure !== undefined) throw upstream.failure;
        upstream = this.feed.follow(cursor);
        if (comparePositions(cursor, upstream.start) < 0) {
          const start = upstream.start;
          const page = await readPage(this.feed.store, cursor, filter, CATCH_UP_PAGE);
          for (const event of page) {
            if (this.closed) return;
            yield event;
            cursor = event.position;
          }
          // A short page held every event readable now, and all up to `start` was readable before the read.
          if (page.length < CATCH_UP_PAGE && comparePositions(start, cursor) > 0) cursor = start;
          continue;
        }
        const events = upstream.eventsAfter(cursor);
        for (const event of events) {
          if (this.closed) return;
          if (this.types.has(event.type)) yield event;
          cursor = event.position;
        }
        if (events.length > 0 || upstream.ended) continue;
        if (upstream.caughtUp && !toldCaughtUp) {
          toldCaughtUp = true;
          this.options.onCaughtUp?.();
        }
        await upstream.nextChange(this.stopped.signal);
      }
    } finally {
      await this.close();
    }
  }
}
