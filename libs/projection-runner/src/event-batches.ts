import { setImmediate } from 'node:timers/promises';
import type { RecordedEvent } from '#crm/event-store';

export interface EventBatch {
  events: RecordedEvent[];
  /** The subscription has caught up and had nothing more buffered when this batch closed. */
  live: boolean;
}

const PAUSED = Symbol('paused');

/**
 * Groups a subscription into batches of what is available right now: a batch grows while the
 * next event is already buffered (it resolves before the next macrotask) and closes when the
 * stream pauses or the batch is full. Once `caughtUp` resolves, a pause also yields an empty
 * batch, so the caller learns it is live even when nothing arrives.
 */
export async function* eventBatches(
  events: AsyncIterable<RecordedEvent>,
  options: { maxBatchSize: number; caughtUp: Promise<void> },
): AsyncGenerator<EventBatch> {
  const iterator = events[Symbol.asyncIterator]();
  let caughtUp = false;
  let reportedLive = false;
  const caughtUpSignal = options.caughtUp.then((): typeof PAUSED => {
    caughtUp = true;
    return PAUSED;
  });
  let pending = iterator.next();
  for (;;) {
    const first = reportedLive ? await pending : await Promise.race([pending, caughtUpSignal]);
    if (first === PAUSED) {
      reportedLive = true;
      yield { events: [], live: true };
      continue;
    }
    if (first.done) return;
    const batch = [first.value];
    pending = iterator.next();
    let paused = false;
    while (batch.length < options.maxBatchSize) {
      const next = await Promise.race([pending, setImmediate(PAUSED)]);
      if (next === PAUSED) {
        paused = true;
        break;
      }
      if (next.done) {
        yield { events: batch, live: false };
        return;
      }
      batch.push(next.value);
      pending = iterator.next();
    }
    const live: boolean = caughtUp && (paused || reportedLive);
    reportedLive ||= live;
    yield { events: batch, live };
  }
}
