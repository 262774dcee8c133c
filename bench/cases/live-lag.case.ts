import { sql, type Kysely } from 'kysely';
import type { EnvelopedEvent } from '#crm/commands';
import { comparePositions, PostgresEventStore, type EventStore, type LogPosition } from '#crm/event-store';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections, timelineEventTypes } from '#crm/projections';
import { CrmLogGenerator } from '#crm/demo';
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
  /** WAL the server wrote while the appends ran, per appended event: appends and projections alike wait for its flushes. */
  walKbPerEvent: number;
  /** Appends that threw (and the first one's message): under overload, the writers' pool waits past its timeout. */
  failedAppends: number;
  firstFailure: string | undefined;
}

const TICK_MS = 10;

async function timelineCheckpoint(db: Kysely<any>): Promise<LogPosition | null> {
  const { rows } = await sql<{ commit: string; prepare: string }>`
    select commit_position as commit, prepare_position as prepare from projection_checkpoint where name = 'timeline'`.execute(db);
  return rows[0] ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : null;
}

const walPosition = async (db: Kysely<any>) => (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(db)).rows[0].lsn;

async function walBytesSince(db: Kysely<any>, lsn: string): Promise<number> {
  const { rows } = await sql<{ bytes: string }>`select pg_wal_lsn_diff(pg_current_wal_lsn(), ${lsn}::pg_lsn)::text as bytes`.execute(db);
  return Number(rows[0].bytes);
}

/**
 * Single events, round-robin over many fresh customers, so consecutive events hit different streams.
 * Live traffic is what staff and customers do: the generator's segment definitions are left out, as
 * each walks every customer in one transaction (≈2.7 s over the log's 33,000) — see RESULTS.md.
 */
async function liveEvents(count: number, seed: number): Promise<{ streamName: string; event: EnvelopedEvent }[]> {
  const customers = Math.max(200, Math.ceil(count / 20));
  const generator = new CrmLogGenerator({ seed, customers, events: count * 3 });
  const queues = new Map<string, EnvelopedEvent[]>();
  for await (const append of generator.appends()) {
    if (append.events.some((event) => event.type === 'SegmentDefined')) continue;
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
  try {
    return await measureLag(runner, store, db, events, options);
  } finally {
    // Stopped whatever happened: the run drops the database next, which ends every connection still open.
    await runner.stop();
    await projectorStore.close();
    await store.close();
  }
}

async function measureLag(
  runner: ProjectionRunner,
  store: EventStore,
  db: Kysely<any>,
  events: { streamName: string; event: EnvelopedEvent }[],
  options: { rate: number; seconds: number },
): Promise<LiveLagFigures> {
  await runner.start();
  const catchUpStarted = performance.now();
  const head = await store.headPosition();
  if (head) await runner.waitFor('timeline', head, { timeoutMs: 600_000 });
  const catchUpSeconds = (performance.now() - catchUpStarted) / 1000;

  // Visible = committed in the timeline's tables, which move with its checkpoint in one transaction:
  // so the poller reads that one row, not the appended ids (a query over thousands of unseen ids
  // every 2 ms loaded the server it measured, more so the further it fell behind).
  const timelineTypes = new Set<string>(timelineEventTypes);
  const awaited: { position: LogPosition; sentAt: number }[] = [];
  const lags: number[] = [];
  const appendTimes: number[] = [];
  let polling = true;
  let stoppedAt = Infinity;
  const poller = (async () => {
    while (polling || awaited.length > 0) {
      const checkpoint = await timelineCheckpoint(db).catch((error) => {
        process.stderr.write(`live lag poll failed: ${(error as Error).message}\n`);
        return null;
      });
      const now = performance.now();
      if (checkpoint) {
        for (let index = awaited.length - 1; index >= 0; index -= 1) {
          if (comparePositions(awaited[index]!.position, checkpoint) > 0) continue;
          lags.push(now - awaited[index]!.sentAt);
          awaited.splice(index, 1);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (!polling && performance.now() - stoppedAt > 30_000) break;
    }
  })();

  // appends on a fixed schedule: the events due by now go out, each stream's in order
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const failures: { count: number; first?: string } = { count: 0 };
  const walBefore = await walPosition(db);
  const started = performance.now();
  let next = 0;
  while (next < events.length) {
    const due = Math.min(events.length, Math.floor(((performance.now() - started) / 1000) * options.rate) + 1);
    for (; next < due; next += 1) {
      const { streamName, event } = events[next];
      const task: Promise<void> = (tails.get(streamName) ?? Promise.resolve())
        .then(async () => {
          const callStarted = performance.now();
          try {
            const { position } = await store.appendToStream(streamName, [event], { expectedRevision: BigInt(event.metadata.revision) - 1n < 0n ? 'no_stream' : BigInt(event.metadata.revision) - 1n });
            appendTimes.push(performance.now() - callStarted);
            if (timelineTypes.has(event.type)) awaited.push({ position, sentAt: callStarted });
          } catch (error) {
            // A failed append is a figure of the case (an overloaded server), not the end of the run.
            failures.count += 1;
            failures.first ??= (error as Error).message;
          }
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
  const walBytes = await walBytesSince(db, walBefore);
  polling = false;
  await poller;
  const notSeen = awaited.length;
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
    walKbPerEvent: round(walBytes / events.length / 1024),
    failedAppends: failures.count,
    firstFailure: failures.first,
  };
}
