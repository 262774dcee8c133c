import type { Kysely } from 'kysely';
import type { EventSubscription, RecordedEvent, SubscribeOptions } from '../event-store.port.js';
import { comparePositions, START_OF_LOG, type LogPosition } from '../log-position.js';
import type { AppendListener } from './append-listener.js';
import type { EventStoreTables } from './event-store.tables.js';
import { readLogPage } from './log-page.query.js';
import { asUnavailable } from './postgres-unavailable.js';

const PAGE_SIZE = 1000;
/** Re-read delays while a notified transaction is still hidden behind an older open one. */
const HIDDEN_BACKOFF_MS = { first: 2, max: 200 };
/** Read even without a notification, in case one was lost (a crash between commit and notify). */
const SAFETY_POLL_MS = 3000;
const MAX_BIGINT = 9223372036854775807n;

export interface SubscriptionContext {
  db: Kysely<EventStoreTables>;
  listener: AppendListener;
  where: string;
  onClosed: (subscription: PostgresSubscription) => void;
}

export class PostgresSubscription implements EventSubscription {
  private readonly stopped = new AbortController();
  private started = false;

  constructor(private readonly context: SubscriptionContext, private readonly options: SubscribeOptions) {}

  async close(): Promise<void> {
    this.stopped.abort();
    this.context.onClosed(this);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.started) throw new Error('a subscription can be iterated only once; subscribe again for another reader');
    this.started = true;
    return this.deliver();
  }

  private get closed(): boolean {
    return this.stopped.signal.aborted;
  }

  private async *deliver(): AsyncGenerator<RecordedEvent> {
    const { listener } = this.context;
    let cursor: LogPosition = this.options.after ?? START_OF_LOG;
    let caughtUp = false;
    let fruitlessRereads = 0;
    try {
      await listener.listening();
      while (!this.closed) {
        const wakeUpsBeforeRead = listener.wakeUpCount;
        const page = await readLogPage(this.context.db, cursor, this.options.filter, PAGE_SIZE);
        for (const event of page.events) {
          if (this.closed) return;
          yield event;
          cursor = event.position;
        }
        if (page.events.length === PAGE_SIZE) continue;

        // Everything below the log's horizon has been read: skip it for good, which matters
        // when a filter matches nothing for a long stretch of the log.
        const readUpTo = { commit: page.visibleBelow - 1n, prepare: MAX_BIGINT };
        if (comparePositions(readUpTo, cursor) > 0) cursor = readUpTo;
        if (!caughtUp) {
          caughtUp = true;
          this.options.onCaughtUp?.();
        }
        if (listener.newestNotifiedTransaction >= page.visibleBelow) {
          fruitlessRereads = page.events.length > 0 ? 0 : fruitlessRereads + 1;
          await this.pause(Math.min(HIDDEN_BACKOFF_MS.first * 2 ** fruitlessRereads, HIDDEN_BACKOFF_MS.max));
          continue;
        }
        fruitlessRereads = 0;
        await listener.waitForWakeUp(wakeUpsBeforeRead, SAFETY_POLL_MS, this.stopped.signal);
      }
    } catch (error) {
      if (this.closed) return;
      throw asUnavailable(error, this.context.where);
    } finally {
      await this.close();
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.stopped.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopped.signal.addEventListener('abort', done);
    });
  }
}
