import { runJsonChild } from '../support/json-child.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from '../support/stats.js';

export interface RebuildFigures {
  logEvents: number;
  /** Events applied, summed over the projections (each replays the events of its own types). */
  eventsApplied: number;
  seconds: number;
  /** Log events per second of the whole rebuild: every projection rebuilt in one pass over the log. */
  logEventsPerSecond: number;
  appliedEventsPerSecond: number;
  peakRssMb: number;
  /**
   * Per projection, the seconds spent in its own transactions (the projections apply each page at
   * once, so their wall times are all the whole pass) and its rate over them: which one holds the pass up.
   */
  projections: { name: string; eventsApplied: number; seconds: number; eventsPerSecond: number }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, '..', 'rebuild-child.js');

/** Case 4: every projection rebuilt in one pass over the whole log, in a child process whose peak RSS is the figure. */
export async function rebuildCase(url: string, logEvents: number): Promise<RebuildFigures> {
  // BENCH_PROFILE_DIR: also write a V8 CPU profile of the rebuild there (for "where the time goes")
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE_DIR] : [];
  const result = await runJsonChild<{ seconds: number; projections: { name: string; eventsApplied: number; applySeconds: number }[]; maxRssKb: number }>(
    childScript,
    [url],
    profile,
  );
  const eventsApplied = result.projections.reduce((sum, projection) => sum + projection.eventsApplied, 0);
  return {
    logEvents,
    eventsApplied,
    seconds: round(result.seconds),
    logEventsPerSecond: Math.round(logEvents / result.seconds),
    appliedEventsPerSecond: Math.round(eventsApplied / result.seconds),
    peakRssMb: Math.round(result.maxRssKb / 1024),
    projections: result.projections.map(({ name, eventsApplied, applySeconds }) => ({
      name,
      eventsApplied,
      seconds: round(applySeconds),
      eventsPerSecond: Math.round(eventsApplied / applySeconds),
    })),
  };
}
