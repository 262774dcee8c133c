import { describe, expect, it } from '@jest/globals';
import { rebuildProgress } from './rebuild-progress.js';

describe('rebuildProgress', () => {
  it('derives the rate and the time left from the events done so far', () => {
    expect(rebuildProgress(500, 2000, 2000)).toEqual({ eventsDone: 500, eventsTotal: 2000, eventsPerSecond: 250, etaSeconds: 6 });
  });

  it('has no time left to estimate before anything was replayed, unless there is nothing to replay', () => {
    expect(rebuildProgress(0, 10, 0).etaSeconds).toBeNull();
    expect(rebuildProgress(0, 0, 0).etaSeconds).toBe(0);
  });

  it('raises an estimate the replay has outrun: events kept arriving', () => {
    expect(rebuildProgress(120, 100, 1000)).toMatchObject({ eventsTotal: 120, etaSeconds: 0 });
  });
});
