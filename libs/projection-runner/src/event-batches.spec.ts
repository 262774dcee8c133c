import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '#crm/event-store';
import { eventBatches, type EventBatch } from './event-batches.js';

function event(n: number): RecordedEvent {
  return {
    id: `event-${n}`,
    streamName: 'customer-1',
    type: 'TestCounted',
    revision: BigInt(n),
    position: { commit: BigInt(n), prepare: BigInt(n) },
    data: {},
    metadata: {},
    recordedAt: new Date(0),
  };
}

/** A hand-fed stream: events pushed are buffered; next() waits when nothing is. */
class FedStream implements AsyncIterable<RecordedEvent> {
  private readonly buffered: RecordedEvent[] = [];
  private waiting: ((result: IteratorResult<RecordedEvent>) => void) | undefined;
  private ended = false;

  push(...events: RecordedEvent[]): void {
    for (const pushed of events) {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve({ value: pushed, done: false });
      } else this.buffered.push(pushed);
    }
  }

  end(): void {
    this.ended = true;
    this.waiting?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => {
        const buffered = this.buffered.shift();
        if (buffered) return Promise.resolve({ value: buffered, done: false });
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (this.waiting = resolve));
      },
    };
  }
}

const ids = (batch: EventBatch) => batch.events.map((recorded) => recorded.id);

describe('eventBatches', () => {
  it('takes what is buffered, up to the maximum, and closes a batch when the stream pauses', async () => {
    const stream = new FedStream();
    stream.push(event(1), event(2), event(3), event(4), event(5));
    const batches = eventBatches(stream, { maxBatchSize: 3, caughtUp: new Promise(() => undefined) });

    expect(ids((await batches.next()).value as EventBatch)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(ids((await batches.next()).value as EventBatch)).toEqual(['event-4', 'event-5']);
    const third = batches.next();
    stream.push(event(6));
    expect(((await third).value as EventBatch).events.map((recorded) => recorded.id)).toEqual(['event-6']);
    stream.end();
    expect((await batches.next()).done).toBe(true);
  });

  it('says live once caught up, with an empty batch when nothing is left to apply', async () => {
    const stream = new FedStream();
    let caughtUp!: () => void;
    const batches = eventBatches(stream, { maxBatchSize: 10, caughtUp: new Promise<void>((resolve) => (caughtUp = resolve)) });
    stream.push(event(1));
    expect((await batches.next()).value).toMatchObject({ live: false });

    const next = batches.next();
    caughtUp();
    expect((await next).value).toEqual({ events: [], live: true });
    const after = batches.next();
    stream.push(event(2));
    expect((await after).value).toMatchObject({ live: true, events: [event(2)] });
  });
});
