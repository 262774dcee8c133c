import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Sequencer from '@jest/test-sequencer';

/** Seconds a file of each kind takes, roughly, on two busy cores: a guess for files never timed. */
const GUESS = [
  [/\.e2e-spec\.ts$/, 30],
  [/\.int-spec\.ts$/, 8],
  [/\.spec\.ts$/, 1],
];

/**
 * Seconds per file from a whole run on two busy cores (`node tools/test-times.js <jest --json
 * report>` rewrites it). A clean clone has no timings in Jest's cache: without these, CI's first
 * run put the two-minute property and browser files wherever their kind's guess put them and
 * ended with one worker running them while the others idled (Node 20 took 1,100 s where Node 24,
 * on the first run's timings, took 900).
 */
const RECORDED = JSON.parse(readFileSync(new URL('./test-times.json', import.meta.url), 'utf8'));

/**
 * Longest first, so the workers end together: Jest's own timing of the file, else the recorded
 * one, else its kind's guess.
 */
export default class LongestFirst extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const timed = this.time(test);
      if (timed != null) return timed / 1000;
      const recorded = RECORDED[relative(test.context.config.rootDir, test.path)];
      if (recorded != null) return recorded;
      return GUESS.find(([pattern]) => pattern.test(test.path))?.[1] ?? 1;
    };
    const failed = (test) => (this.hasFailed(test) ? 1 : 0);
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    return [...tests].sort((a, b) => failed(b) - failed(a) || seconds(b) - seconds(a) || size(b) - size(a));
  }
}
