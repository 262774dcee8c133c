import { describe, expect, it } from '@jest/globals';
import { PageWindow } from './page-window.js';

/** A log of positions 1..length, read `pageSize` at a time after a position; every read recorded. */
function fakeLog(length: number, pageSize: number) {
  const reads: number[] = [];
  const read = async (after: number) => {
    reads.push(after);
    return Array.from({ length: Math.max(0, Math.min(pageSize, length - after)) }, (_, index) => ({ position: after + index + 1 }));
  };
  return { reads, read };
}

describe('PageWindow', () => {
  it('reads each page once, in order, after the last event of the one before, and ends with an empty page', async () => {
    const log = fakeLog(7, 3);
    const window = new PageWindow<string, { position: number }, number>(0, log.read, ['a', 'b'], { pageSize: 3, ahead: 10 });
    const seen: Record<string, number[][]> = { a: [], b: [] };
    await Promise.all(
      ['a', 'b'].map(async (reader) => {
        for (let index = 0; ; index++) {
          const page = await window.page(index);
          seen[reader]!.push(page.map((event) => event.position));
          if (page.length < 3) break;
          window.finished(reader);
        }
        window.leave(reader);
      }),
    );
    expect(seen.a).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(seen.b).toEqual(seen.a);
    expect(log.reads).toEqual([0, 3, 6]);
  });

  it('lets a reader go at most `ahead` pages beyond the slowest one, until that one leaves', async () => {
    const log = fakeLog(100, 1);
    const window = new PageWindow<string, { position: number }, number>(0, log.read, ['fast', 'slow'], { pageSize: 1, ahead: 2 });
    let fastDone = 0;
    const fast = (async () => {
      for (let index = 0; index < 10; index++) {
        await window.page(index);
        window.finished('fast');
        fastDone = index + 1;
      }
    })();
    // Let the fast reader run as far as the window allows.
    for (let turn = 0; turn < 50; turn++) await Promise.resolve();
    expect(fastDone).toBe(3);
    expect(Math.max(...log.reads)).toBeLessThanOrEqual(3);

    await window.page(0);
    window.finished('slow');
    for (let turn = 0; turn < 50; turn++) await Promise.resolve();
    expect(fastDone).toBe(4);

    window.leave('slow');
    await fast;
    expect(fastDone).toBe(10);
    expect(log.reads).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
