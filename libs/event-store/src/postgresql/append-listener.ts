import pg from 'pg';
import { APPENDED_CHANNEL } from './append-notifier.js';
import { asUnavailable } from './postgres-unavailable.js';

const reconnectDelaysMs = [100, 250, 500, 1000, 2000, 5000];

/**
 * The one LISTEN connection a store shares between its subscriptions. It counts wake-ups
 * (notifications, and reconnects, after which notifications may have been lost) and remembers
 * the newest transaction id notified, which readers cannot see until every older transaction
 * has ended.
 */
export class AppendListener {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private wakeUps = 0;
  private newestNotified = 0n;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly connectionString: string, private readonly where: string) {}

  /** Count of wake-ups so far: pass it to waitForWakeUp to miss none that happen in between. */
  get wakeUpCount(): number {
    return this.wakeUps;
  }

  get newestNotifiedTransaction(): bigint {
    return this.newestNotified;
  }

  /** Resolves once LISTEN is in place, so that no later append goes unnoticed. */
  async listening(): Promise<void> {
    if (this.client) return;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    await this.connecting;
  }

  /** Resolves at the first wake-up after `since`, after `timeoutMs`, or when `signal` aborts. */
  waitForWakeUp(since: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    if (this.wakeUps !== since || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal.addEventListener('abort', done);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => this.onNotification(message.payload));
    client.on('error', () => this.onLost(client));
    client.on('end', () => this.onLost(client));
    try {
      await client.connect();
      await client.query(`listen ${APPENDED_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw asUnavailable(error, this.where);
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private onNotification(payload: string | undefined): void {
    if (payload && /^\d+$/.test(payload)) {
      const transactionId = BigInt(payload);
      if (transactionId > this.newestNotified) this.newestNotified = transactionId;
    }
    this.wakeUp();
  }

  private wakeUp(): void {
    this.wakeUps += 1;
    for (const waiter of [...this.waiters]) waiter();
  }

  private onLost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.wakeUp();
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; !this.closed && !this.client; attempt += 1) {
      // unref: waiting to reconnect is no reason to keep a finished process alive
      await new Promise((resolve) => setTimeout(resolve, reconnectDelaysMs[Math.min(attempt, reconnectDelaysMs.length - 1)]).unref());
      if (this.closed) return;
      try {
        await this.listening();
        this.wakeUp();
      } catch {
        // still down: subscriptions meanwhile poll on their own and report read failures
      }
    }
  }
}
