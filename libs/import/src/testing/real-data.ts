import { describe, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared real datasets (see /work/shared/data/README.md), beside the repository. */
export const REAL_DATA = resolve('../shared/data');

/** A suite over a real dataset; where the data is absent it reports itself skipped, saying why. */
export function describeWithData(name: string, dataset: string, suite: (folder: string) => void): void {
  const folder = resolve(REAL_DATA, dataset);
  if (existsSync(folder)) {
    describe(name, () => suite(folder));
    return;
  }
  const reason = `skipped: ${folder} is absent`;
  describe(`${name} (${reason})`, () => {
    it.skip(`imports the real dataset (${reason})`, () => undefined);
  });
}
