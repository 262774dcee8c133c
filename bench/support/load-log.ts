import type { EventStore } from '@crm/event-store';
import { CrmLogGenerator, type CrmLogOptions, type GeneratedAppend } from '../../test/generators/crm-log.generator.js';

export interface LoadedLog {
  generator: CrmLogGenerator;
  events: number;
  appends: number;
  seconds: number;
  /** An instant while the heavy customer's events were being appended: after half of them. */
  heavyMidpoint: Date | null;
}

/**
 * Runs `appends` with up to `concurrency` in flight, one at a time per stream (each append's
 * expected revision is the previous one's result).
 */
export async function appendAll(store: EventStore, appends: AsyncIterable<GeneratedAppend>, concurrency: number, onAppend?: (append: GeneratedAppend, drain: () => Promise<void>) => Promise<void> | void): Promise<{ events: number; appends: number }> {
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let events = 0;
  let count = 0;
  let failure: unknown = null;
  for await (const append of appends) {
    if (failure) throw failure;
    await onAppend?.(append, async () => {
      await Promise.all(inFlight);
    });
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const previous = tails.get(append.streamName) ?? Promise.resolve();
    const task: Promise<void> = previous
      .then(() =>
        store.appendToStream(append.streamName, append.events, { expectedRevision: append.expectedRevision < 0n ? 'no_stream' : append.expectedRevision }),
      )
      .then(
        () => {
          events += append.events.length;
          count += 1;
        },
        (error) => {
          failure ??= error;
        },
      )
      .finally(() => {
        inFlight.delete(task);
        if (tails.get(append.streamName) === task) tails.delete(append.streamName);
      });
    tails.set(append.streamName, task);
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  return { events, appends: count };
}

/** Generates the seeded log and appends it through our store, 8 appends at a time. */
export async function loadLog(store: EventStore, options: CrmLogOptions): Promise<LoadedLog> {
  const generator = new CrmLogGenerator(options);
  const started = performance.now();
  let heavyMidpoint: Date | null = null;
  const half = BigInt(Math.floor((options.heavyCustomerEvents ?? 0) / 2));
  const { events, appends } = await appendAll(store, generator.appends(), 8, async (append, drain) => {
    const heavy = generator.heavyCustomerId;
    if (heavyMidpoint || !heavy || !append.streamName.endsWith(heavy) || append.expectedRevision < half) return;
    // the half already sent is committed before the instant is taken, the rest after it
    await drain();
    heavyMidpoint = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return { generator, events, appends, seconds: (performance.now() - started) / 1000, heavyMidpoint };
}
