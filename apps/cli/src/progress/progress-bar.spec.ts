import { describe, expect, it } from '@jest/globals';
import { formatDuration } from './format-duration.js';
import { ProgressBar } from './progress-bar.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

function fakeClock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('ProgressBar', () => {
  it('shows count, total, percentage, rate and ETA', () => {
    const clock = fakeClock();
    const { stream } = fakeStream(false);
    const bar = new ProgressBar({ label: 'import', total: 10_000, stream, now: clock.now });
    clock.advance(2000);
    bar.update(2500);
    expect(bar.line()).toBe('import  [######------------------]  2,500/10,000  25%  1,250 events/s  ETA 6s');
  });

  it('shows a running count and rate when the total is unknown', () => {
    const clock = fakeClock();
    const { stream } = fakeStream(false);
    const bar = new ProgressBar({ label: 'replay', unit: 'rows', stream, now: clock.now });
    clock.advance(1000);
    bar.tick(300);
    expect(bar.line()).toBe('replay  300 rows  300 rows/s');
  });

  it('redraws a single line on a terminal, at most ten times a second', () => {
    const clock = fakeClock();
    const { stream, writes } = fakeStream(true);
    const bar = new ProgressBar({ label: 'rebuild', total: 100, stream, now: clock.now });
    for (let i = 0; i < 100; i++) {
      clock.advance(10);
      bar.tick();
    }
    bar.finish();
    expect(writes.length).toBeGreaterThanOrEqual(10);
    expect(writes.length).toBeLessThanOrEqual(12);
    expect(writes.every((write) => write.startsWith('\r'))).toBe(true);
    expect(writes.at(-1)).toBe('\rrebuild  [########################]  100/100  100%  100 events/s  in 1s\x1b[K\n');
  });

  it('prints sparse lines when not on a terminal: one per tenth of the work, and the end', () => {
    const clock = fakeClock();
    const { stream, writes } = fakeStream(false);
    const bar = new ProgressBar({ label: 'verify', total: 1000, stream, now: clock.now });
    for (let i = 0; i < 1000; i++) {
      clock.advance(1);
      bar.tick();
    }
    bar.finish();
    expect(writes.every((write) => write.endsWith('\n') && !write.includes('\r'))).toBe(true);
    expect(writes.length).toBeLessThanOrEqual(12);
    expect(writes.at(-1)).toBe('verify  [########################]  1,000/1,000  100%  1,000 events/s  in 1s\n');
  });

  it('prints a line every ten seconds when slow work does not cross a tenth', () => {
    const clock = fakeClock();
    const { stream, writes } = fakeStream(false);
    const bar = new ProgressBar({ label: 'export', stream, now: clock.now });
    bar.tick();
    clock.advance(5_000);
    bar.tick();
    expect(writes).toHaveLength(1);
    clock.advance(5_000);
    bar.tick();
    expect(writes).toHaveLength(2);
  });

  it('finishes only once', () => {
    const { stream, writes } = fakeStream(false);
    const bar = new ProgressBar({ label: 'x', total: 1, stream, now: fakeClock().now });
    bar.finish();
    bar.finish();
    expect(writes).toHaveLength(1);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [12_400, '12s'],
    [185_000, '3m05s'],
    [3_720_000, '1h02m'],
  ])('%d ms reads %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
