import { describe, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared real datasets (see ../shared/data/README.md), beside the repository. */
export const REAL_DATA = resolve('../shared/data');

/**
 * A suite over real datasets, folders under REAL_DATA, handed to `suite` in the order asked for.
 * Where one is absent the suite fails naming it: the data belongs to the test setup, and a
 * skipped suite would let a run pass without the checks it stands for.
 */
export function describeWithData(name: string, datasets: string[], suite: (...folders: string[]) => void): void {
  const folders = datasets.map((dataset) => resolve(REAL_DATA, dataset));
  const missing = folders.filter((folder) => !existsSync(folder));
  if (missing.length === 0) {
    describe(name, () => suite(...folders));
    return;
  }
  describe(name, () => {
    it('finds its real datasets', () => {
      throw new Error(`${missing.join(', ')} absent: these tests need the shared datasets beside the repository`);
    });
  });
}
