import { sql, type Kysely } from 'kysely';
import type { EnvelopedEvent } from '@crm/commands';
import { PostgresEventStore, type EventStore } from '@crm/event-store';
import { ProjectionRunner } from '@crm/projection-runner';
import { allProjections, timelineEventTypes } from '@crm/projections';
import { CrmLogGenerator } from '../../test/generators/crm-log.generator.js';
import { latencyOf, round } from '../support/stats.js';

export interface LiveLagFigures {
  targetRate: number;
  seconds: number;
  appended: number;
  achievedRate: number;
  /** Timeline events whose arrival was measured (other types never reach the timeline). */
  measured: number;
  notSeen: number;
  /** From just before the append call to the poll that first saw the row in the timeline. */
  lagMs: { p50: number; p99: number; max: number };
  appendMs: { p50: number; p99: number; max: number };
  catchUpSeconds: number;
}

const TICK_MS = 10;

/** Single events, round-robin over many fresh customers, so consecutive events hit different streams. */
async function liveEvents(count: number, seed: number): Promise<{ streamName: string; event: EnvelopedEvent }[]> {
  const customers = Math.max(200, Math.ceil(count / 20));
  const generator = new CrmLogGenerator({ seed, customers, events: count * 3 });
  const queues = new Map<string, EnvelopedEvent[]>();
  for await (const append of generator.appends()) {
    const queue = queues.get(append.streamName) ?? [];
    queue.push(...append.events);
    queues.set(append.streamName, queue);
  }
  const order: { streamName: string; event: EnvelopedEvent }[] = [];
  const streams = [...queues.entries()];
  for (let round = 0; order.length < count && streams.length > 0; round += 1) {
    let any = false;
    for (const [streamName, queue] of streams) {
      if (round < queue.length) {
        order.push({ streamName, event: queue[round] });
        any = true;
        if (order.length >= count) break;
      }
    }
    if (!any) break;
  }
  return order;
}

/**
 * Case 5: the projection runner live on the generated log (all projections), appends at a steady
 * rate, one event each, and a poller that looks for the appended ids in the timeline table.
 */
export async function liveLagCase(url: string, db: Kysely<any>, options: { rate: number; seconds: number }): Promise<LiveLagFigures> {
  const total = options.rate * options.seconds;
  const events = await liveEvents(total, 0x11fe);
  // as deployed: the projector has a store (and pool) of its own, apart from the writers'
  const projectorStore = await PostgresEventStore.connect({ connectionString: url, poolSize: 4 });
  const store: EventStore = await PostgresEventStore.connect({ connectionString: url, poolSize: 16 });
  const runner = new ProjectionRunner({ store: projectorStore, db, projections: allProjections });
  await runner.start();
  const catchUpStarted = performance.now();
  const head = await store.headPosition();
  if (head) await runner.waitFor('timeline', head, { timeoutMs: 600_000 });
  const catchUpSeconds = (performance.now() - catchUpStarted) / 1000;

  const timelineTypes = new Set<string>(timelineEventTypes);
  const sentAt = new Map<string, number>();
  const lags: number[] = [];
  const appendTimes: number[] = [];
  let polling = true;
  let stoppedAt = Infinity;
  const poller = (async () => {
    while (polling || sentAt.size > 0) {
      const ids = [...sentAt.keys()];
      if (ids.length > 0) {
        const { rows } = await sql<{ event_id: string }>`select event_id::text from proj_timeline.timeline_entry where event_id::text = any(${ids}::text[])`.execute(db).catch((error) => {
          process.stderr.write(`live lag poll failed: ${(error as Error).message}\n`);
          return { rows: [] as { event_id: string }[] };
        });
        const now = performance.now();
        for (const { event_id } of rows) {
          const started = sentAt.get(event_id);
          if (started !== undefined) {
            lags.push(now - started);
            sentAt.delete(event_id);
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (!polling && performance.now() - stoppedAt > 30_000) break;
    }
  })();

  // appends on a fixed schedule: the events due by now go out, each stream's in order
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let next = 0;
  while (next < events.length) {
    const due = Math.min(events.length, Math.floor(((performance.now() - started) / 1000) * options.rate) + 1);
    for (; next < due; next += 1) {
      const { streamName, event } = events[next];
      const task: Promise<void> = (tails.get(streamName) ?? Promise.resolve())
        .then(async () => {
          const callStarted = performance.now();
          if (timelineTypes.has(event.type)) sentAt.set(event.id, callStarted);
          await store.appendToStream(streamName, [event], { expectedRevision: BigInt(event.metadata.revision) - 1n < 0n ? 'no_stream' : BigInt(event.metadata.revision) - 1n });
          appendTimes.push(performance.now() - callStarted);
        })
        .finally(() => {
          inFlight.delete(task);
          if (tails.get(streamName) === task) tails.delete(streamName);
        });
      tails.set(streamName, task);
      inFlight.add(task);
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  stoppedAt = performance.now();
  polling = false;
  await poller;
  const notSeen = sentAt.size;
  await runner.stop();
  await projectorStore.close();
  await store.close();
  const lag = latencyOf(lags);
  const append = latencyOf(appendTimes);
  return {
    targetRate: options.rate,
    seconds: round(seconds),
    appended: events.length,
    achievedRate: Math.round(events.length / seconds),
    measured: lags.length,
    notSeen,
    lagMs: { p50: round(lag.p50), p99: round(lag.p99), max: round(lag.max) },
    appendMs: { p50: round(append.p50), p99: round(append.p99), max: round(append.max) },
    catchUpSeconds: round(catchUpSeconds),
  };
}
