import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  comparePositions,
  EventStoreUnavailableError,
  PostgresEventStore,
  type EventSubscription,
  type LogPosition,
  type RecordedEvent,
  type SubscribeOptions,
} from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { SharedLogFeed } from './shared-log-feed.js';
import { countingStore } from './testing/counting-store.js';
import { appendCounted, appendIgnored } from './testing/test-events.js';
import { COUNTED, IGNORED } from './testing/test-projections.js';

const counted = { eventTypes: [COUNTED] };
const both = { eventTypes: [COUNTED, IGNORED] };

/** Pulls `count` events from a subscription that stays open. */
async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  while (events.length < count) {
    const next = await iterator.next();
    if (next.done) throw new Error(`the subscription ended after ${events.length} of ${count} events`);
    events.push(next.value);
  }
  return events;
}

describe('SharedLogFeed', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const open: EventSubscription[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('shared_log_feed');
    appended = 0;
    store = await PostgresEventStore.connect({ connectionString: database.url });
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    await store.close();
    await database.drop();
  });

  function subscribe(feed: SharedLogFeed, options: SubscribeOptions) {
    const subscription = feed.subscribe(options);
    open.push(subscription);
    return { subscription, events: subscription[Symbol.asyncIterator]() };
  }

  let appended = 0;

  /**
   * The whole log, read by a subscription of the store's own once all `appended` events are
   * readable: other tests' transactions on the server can hold back what a read sees.
   */
  async function wholeLog(): Promise<RecordedEvent[]> {
    const subscription = store.subscribeToAll();
    try {
      return await take(subscription[Symbol.asyncIterator](), appended);
    } finally {
      await subscription.close();
    }
  }

  /** The ids a subscription of the store's own delivers after `after` with `filter`: what a feed subscriber must get. */
  async function expected(after: LogPosition | undefined, filter: { eventTypes: string[] }): Promise<string[]> {
    const log = await wholeLog();
    return log.filter((event) => (!after || comparePositions(event.position, after) > 0) && filter.eventTypes.includes(event.type)).map((event) => event.id);
  }

  async function appendCountedEvents(stream: string, count: number, perAppend = 1) {
    appended += count;
    return appendCounted(store, stream, count, { perAppend });
  }

  async function mixedLog(streams: number, eachCounted: number): Promise<void> {
    for (let stream = 0; stream < streams; stream += 1) {
      await appendCountedEvents(`customer-${stream}`, eachCounted, 3);
      await appendIgnored(store, `customer-${stream}`);
      appended += 1;
    }
  }

  it('gives each subscriber, wherever it starts and whatever it reads, what a subscription of its own gives', async () => {
    await mixedLog(6, 6);
    const log = await wholeLog();
    const feed = new SharedLogFeed(store, { eventTypes: [COUNTED, IGNORED], windowSize: 8 });
    const starts: { after: LogPosition | undefined; filter: { eventTypes: string[] } }[] = [
      { after: log[20].position, filter: counted },
      { after: undefined, filter: counted },
      { after: log[5].position, filter: both },
      { after: log.at(-1)!.position, filter: both },
    ];
    const subscribers = starts.map((start) => subscribe(feed, { after: start.after, filter: start.filter }));
    // the first takes a few, then the log grows while the others have taken nothing
    const early = await take(subscribers[0].events, 3);
    await mixedLog(4, 5);

    for (const [index, start] of starts.entries()) {
      const want = await expected(start.after, start.filter);
      const got = index === 0 ? [...early, ...(await take(subscribers[0].events, want.length - 3))] : await take(subscribers[index].events, want.length);
      expect(got.map((event) => event.id)).toEqual(want);
    }
  });

  it('reads the log once for subscribers at its head, and stops reading when the last one closes', async () => {
    await mixedLog(2, 3);
    const counting = countingStore(store);
    const feed = new SharedLogFeed(counting.store, { eventTypes: [COUNTED, IGNORED] });
    const head = (await wholeLog()).at(-1)!.position;
    const subscribers = Array.from({ length: 5 }, (_, index) => subscribe(feed, { after: head, filter: index % 2 ? counted : both }));
    const pulls = subscribers.map((subscriber) => take(subscriber.events, 6));
    await mixedLog(2, 5);
    const received = await Promise.all(pulls);
    expect(received[0].map((event) => event.id)).toEqual((await expected(head, both)).slice(0, 6));
    expect(received[1].map((event) => event.id)).toEqual((await expected(head, counted)).slice(0, 6));
    expect(counting.counts).toEqual({ subscriptions: 1, closed: 0, reads: 0 });

    await Promise.all(subscribers.map((subscriber) => subscriber.subscription.close()));
    expect(counting.counts).toEqual({ subscriptions: 1, closed: 1, reads: 0 });
  });

  it('holds no subscriber back for one that takes nothing: that one reads the log itself once behind', async () => {
    const counting = countingStore(store);
    const feed = new SharedLogFeed(counting.store, { eventTypes: [COUNTED, IGNORED], windowSize: 4 });
    const idle = subscribe(feed, { filter: counted });
    const busy = subscribe(feed, { filter: counted });
    await appendCountedEvents('customer-a', 2);
    expect(await take(idle.events, 1)).toHaveLength(1);

    await appendCountedEvents('customer-b', 30, 2);
    expect(await take(busy.events, 32)).toHaveLength(32);

    const rest = await take(idle.events, 31);
    expect(rest.map((event) => event.id)).toEqual((await expected(undefined, counted)).slice(1));
    expect(counting.counts.reads).toBeGreaterThan(0);
    expect(counting.counts.subscriptions).toBe(1);
  });

  it('reports a failed reading to every subscriber, and a subscriber that comes back reads on from where it was', async () => {
    await appendCountedEvents('customer-a', 10, 5);
    const counting = countingStore(store, 6);
    const feed = new SharedLogFeed(counting.store, { eventTypes: [COUNTED] });
    const first = subscribe(feed, { filter: counted });
    const second = subscribe(feed, { filter: counted });
    const secondFails = expect(take(second.events, 7)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    const before = await take(first.events, 6);
    await expect(take(first.events, 1)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await secondFails;

    const again = subscribe(feed, { after: before.at(-1)!.position, filter: counted });
    const rest = await take(again.events, 4);
    expect([...before, ...rest].map((event) => event.id)).toEqual(await expected(undefined, counted));
    expect(counting.counts.subscriptions).toBe(2);
  });
});
