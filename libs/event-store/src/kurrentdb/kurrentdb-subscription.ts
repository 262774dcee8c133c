import { CancelledError, type AllStreamSubscription } from '@kurrent/kurrentdb-client';
import type { EventSubscription, RecordedEvent } from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';
import { toEventAfter } from './kurrentdb-recorded-event.js';

export interface KurrentDbSubscriptionOptions {
  after?: LogPosition;
  onCaughtUp?: () => void;
  toStoreError: (error: unknown) => unknown;
  onClosed?: (subscription: KurrentDbSubscription) => void;
}

/**
 * A catch-up subscription to $all as the port's EventSubscription.
 *
 * The client announces "caught up" as soon as the server says so, while events that came before
 * may still sit in the client's buffer; onCaughtUp waits until those have been handed out too.
 */
export class KurrentDbSubscription implements EventSubscription {
  #taken = 0;
  #handled = 0;
  #caughtUpAfter: number | undefined;
  #caughtUpReported = false;
  #closed = false;

  constructor(
    private readonly source: AllStreamSubscription,
    private readonly options: KurrentDbSubscriptionOptions,
  ) {
    // An error before anyone iterates must neither crash the process (an unheard 'error' event)
    // nor be lost: a stream destroyed with it hands it to the iterator that comes later.
    source.on('error', (error) => source.destroy(error));
    source.once('caughtUp', () => {
      this.#caughtUpAfter = this.#taken + source.readableLength;
      this.#reportCaughtUp();
    });
  }

  #reportCaughtUp(): void {
    if (this.#caughtUpReported || this.#caughtUpAfter === undefined || this.#handled < this.#caughtUpAfter) return;
    this.#caughtUpReported = true;
    this.options.onCaughtUp?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      for await (const resolved of this.source) {
        this.#taken += 1;
        const event = toEventAfter(resolved, this.options.after);
        if (event) yield event;
        this.#handled += 1;
        this.#reportCaughtUp();
      }
      // The client's stream ends without an error when the server completes the call (a node
      // shutting down): for the consumer that is a dropped subscription, not the end of the log.
      if (!this.#closed) throw new CancelledError(undefined, 'the server ended the subscription');
    } catch (error) {
      if (!this.#closed) throw this.options.toStoreError(error);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // A subscription whose connection never came up has nothing to cancel.
    await this.source.unsubscribe().catch(() => undefined);
    // Cancelling the gRPC call does not end the client's stream, so iteration would wait forever.
    this.source.destroy();
    this.options.onClosed?.(this);
  }
}
