import Sequencer from '@jest/test-sequencer';

/** Seconds a file of each kind takes, roughly, on two busy cores: a guess for files never timed here. */
const GUESS = [
  [/\.e2e-spec\.ts$/, 30],
  [/\.int-spec\.ts$/, 8],
  [/\.spec\.ts$/, 1],
];

/**
 * Longest first, so two workers end together. Jest's own order puts every untimed file first by
 * size, and a clean clone has no timings: a short file that runs for two minutes (a real-data
 * import, a browser) came last and left one worker idle behind it. Here an untimed file is given
 * its kind's guess, and timed and untimed ones are ordered together.
 */
export default class LongestFirst extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const timed = this.time(test);
      if (timed != null) return timed / 1000;
      return GUESS.find(([pattern]) => pattern.test(test.path))?.[1] ?? 1;
    };
    const failed = (test) => (this.hasFailed(test) ? 1 : 0);
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    return [...tests].sort((a, b) => failed(b) - failed(a) || seconds(b) - seconds(a) || size(b) - size(a));
  }
}
