import type { EventStore, EventSubscription, RecordedEvent, SubscribeOptions } from '../event-store.port.js';

const DEFAULT_WAIT_MS = 20_000;

/**
 * Runs a subscription in the background and lets a test await what it delivers. The time limit
 * on waits only turns a hang into a failure that says what never came.
 */
export class SubscriptionRecorder {
  readonly events: RecordedEvent[] = [];
  caughtUpCalls = 0;
  /** How many events had been delivered when onCaughtUp was first called. */
  deliveredWhenCaughtUp: number | undefined;
  readonly ended: Promise<void>;
  private finished = false;
  private failure: unknown;
  private readonly subscription: EventSubscription;
  private readonly listeners = new Set<() => void>();

  constructor(store: EventStore, options: SubscribeOptions = {}) {
    this.subscription = store.subscribeToAll({
      ...options,
      onCaughtUp: () => {
        this.caughtUpCalls += 1;
        this.deliveredWhenCaughtUp ??= this.events.length;
        this.changed();
      },
    });
    this.ended = this.run();
  }

  /** Resolves when `condition` holds; rejects, naming `what`, if the subscription ends or stalls first. */
  waitFor(what: string, condition: (events: RecordedEvent[]) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (condition(this.events)) return settle(resolve);
        if (this.finished) settle(() => reject(new Error(`subscription ended before ${what} (${this.events.length} events; ${String(this.failure ?? 'no error')})`)));
      };
      const timer = setTimeout(
        () => settle(() => reject(new Error(`subscription did not deliver ${what} within ${timeoutMs} ms (${this.events.length} events so far)`))),
        timeoutMs,
      );
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        outcome();
      };
      this.listeners.add(check);
      check();
    });
  }

  waitForCaughtUp(): Promise<void> {
    return this.waitFor('the caught-up signal', () => this.caughtUpCalls > 0);
  }

  waitForIds(ids: string[]): Promise<void> {
    return this.waitFor(`events ${ids.join(', ')}`, (events) => {
      const delivered = new Set(events.map((event) => event.id));
      return ids.every((id) => delivered.has(id));
    });
  }

  async close(): Promise<void> {
    await this.subscription.close();
    await this.ended;
  }

  private async run(): Promise<void> {
    try {
      for await (const event of this.subscription) {
        this.events.push(event);
        this.changed();
      }
    } catch (error) {
      this.failure = error;
    } finally {
      this.finished = true;
      this.changed();
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * Waits until `count` events with this stream prefix are readable from the whole log. Backends
 * may show the global log a moment after an append returns (PostgreSQL hides it while any older
 * transaction is still open), so read tests first await what they appended.
 */
export async function awaitReadable(store: EventStore, streamPrefix: string, count: number): Promise<void> {
  const recorder = new SubscriptionRecorder(store, { filter: { streamPrefixes: [streamPrefix] } });
  try {
    await recorder.waitFor(`${count} events of ${streamPrefix}`, (events) => events.length >= count);
  } finally {
    await recorder.close();
  }
}
