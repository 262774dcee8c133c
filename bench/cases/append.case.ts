import type { SizeParameters } from '../support/bench-size.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { round } from '../support/stats.js';
import { ourStore, peerStore, plainInserts, type AppendTarget } from './append-stores.js';

export const WRITERS = 16;
const STREAMS_PER_WRITER = 32;

export interface AppendFigures {
  eventsPerAppend: number;
  writers: number;
  secondsPerStore: number;
  eventsPerSecond: { ours: number; peer: number; plain: number };
  oursVsPeer: number;
  oursVsPlain: number;
}

/** 16 writers, each on streams of its own, append `eventsPerAppend` events a call until the time is up. */
async function drive(target: AppendTarget, label: string, eventsPerAppend: number, seconds: number): Promise<{ events: number; ms: number }> {
  target.activate();
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let events = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const revisions = new Array<number>(STREAMS_PER_WRITER).fill(0);
      for (let call = 0; performance.now() < deadline; call += 1) {
        const stream = call % STREAMS_PER_WRITER;
        await target.append(`bench${label}-${target.name}-w${writer}-s${stream}`, revisions[stream], eventsPerAppend);
        revisions[stream] += eventsPerAppend;
        events += eventsPerAppend;
      }
    }),
  );
  return { events, ms: performance.now() - started };
}

/** Cases 1 and 2: the three targets in turn, against one database, `rounds` times each. */
export async function appendCase(size: SizeParameters, eventsPerAppend: number): Promise<AppendFigures> {
  const database = await createBenchDatabase(`append${eventsPerAppend}`);
  const targets = [await ourStore(database.url, WRITERS), await peerStore(database.url, WRITERS), await plainInserts(database.url, WRITERS)];
  const totals = { ours: { events: 0, ms: 0 }, peer: { events: 0, ms: 0 }, plain: { events: 0, ms: 0 } };
  try {
    for (const target of targets) await drive(target, 'warm', eventsPerAppend, 0.5);
    for (let round = 0; round < size.appendRounds; round += 1) {
      for (const target of targets) {
        const { events, ms } = await drive(target, `r${round}`, eventsPerAppend, size.appendSeconds);
        totals[target.name].events += events;
        totals[target.name].ms += ms;
      }
    }
  } finally {
    for (const target of targets) await target.close().catch(() => undefined);
    await database.drop();
  }
  const rate = (name: keyof typeof totals) => (totals[name].events * 1000) / totals[name].ms;
  const eventsPerSecond = { ours: Math.round(rate('ours')), peer: Math.round(rate('peer')), plain: Math.round(rate('plain')) };
  return {
    eventsPerAppend,
    writers: WRITERS,
    secondsPerStore: size.appendSeconds * size.appendRounds,
    eventsPerSecond,
    oursVsPeer: round(rate('ours') / rate('peer')),
    oursVsPlain: round(rate('ours') / rate('plain')),
  };
}
