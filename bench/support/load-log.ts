import type { EventStore, StreamAppend } from '#crm/event-store';
import { CrmLogGenerator, type CrmLogOptions, type GeneratedAppend } from '../../test/generators/crm-log.generator.js';

export interface LoadedLog {
  generator: CrmLogGenerator;
  events: number;
  /** appendToStreams calls. */
  appends: number;
  seconds: number;
  /** An instant while the heavy customer's events were being appended: after half of them. */
  heavyMidpoint: Date | null;
}

/** Events gathered per appendToStreams call: large enough that a call costs little per event. */
const EVENTS_PER_CALL = 5_000;
/** Calls in flight: one filling the database while the generator makes the next. */
const CALLS_IN_FLIGHT = 2;

/**
 * Gathers the generator's appends into appendToStreams calls of about EVENTS_PER_CALL events, a
 * stream's chunks joined into one part. A call is closed only where a new stream begins (the
 * generator writes one stream's appends one after another), so the calls in flight never share a
 * stream and may commit in any order.
 */
class GroupedAppender {
  private group = new Map<string, StreamAppend>();
  private grouped = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;
  events = 0;
  calls = 0;

  constructor(
    private readonly store: EventStore,
    private readonly onCommitted: (events: number) => void,
  ) {}

  async add(append: GeneratedAppend): Promise<void> {
    const part = this.group.get(append.streamName);
    if (part) {
      part.events.push(...append.events);
    } else {
      if (this.grouped >= EVENTS_PER_CALL) await this.send();
      this.group.set(append.streamName, { streamName: append.streamName, events: [...append.events], expectedRevision: append.expectedRevision < 0n ? 'no_stream' : append.expectedRevision });
    }
    this.grouped += append.events.length;
  }

  /** Sends what is gathered and waits until everything sent is committed. */
  async drain(): Promise<void> {
    await this.send();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private async send(): Promise<void> {
    while (this.inFlight.size >= CALLS_IN_FLIGHT) await Promise.race(this.inFlight);
    this.throwIfFailed();
    if (this.group.size === 0) return;
    const parts = [...this.group.values()];
    const count = this.grouped;
    this.group = new Map();
    this.grouped = 0;
    const call: Promise<void> = this.store
      .appendToStreams(parts)
      .then(
        () => {
          this.events += count;
          this.calls += 1;
          this.onCommitted(this.events);
        },
        (error: unknown) => {
          this.failure ??= error;
        },
      )
      .finally(() => this.inFlight.delete(call));
    this.inFlight.add(call);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/**
 * Generates the seeded log and appends it through the store's bulk path (appendToStreams), so a
 * log of a million events takes minutes, not the better part of an hour of single appends.
 */
export async function loadLog(store: EventStore, options: CrmLogOptions, onProgress?: (events: number, seconds: number) => void): Promise<LoadedLog> {
  const generator = new CrmLogGenerator(options);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const appender = new GroupedAppender(store, (events) => onProgress?.(events, seconds()));
  let heavyMidpoint: Date | null = null;
  const half = BigInt(Math.floor((options.heavyCustomerEvents ?? 0) / 2));
  for await (const append of generator.appends()) {
    const heavy = generator.heavyCustomerId;
    if (!heavyMidpoint && heavy && append.streamName.endsWith(heavy) && append.expectedRevision >= half) {
      // the half already sent is committed before the instant is taken, the rest after it
      await appender.drain();
      heavyMidpoint = new Date();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await appender.add(append);
  }
  await appender.drain();
  return { generator, events: appender.events, appends: appender.calls, seconds: seconds(), heavyMidpoint };
}
