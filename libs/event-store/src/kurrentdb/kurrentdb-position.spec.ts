import { START } from '@kurrent/kurrentdb-client';
import { START_OF_LOG } from '../log-position.js';
import { isAfter, toLogPosition, toReadPosition } from './kurrentdb-position.js';

describe('KurrentDB position mapping', () => {
  it('takes commit and prepare from the client position', () => {
    expect(toLogPosition({ commit: 1200n, prepare: 1150n })).toEqual({ commit: 1200n, prepare: 1150n });
  });

  it('starts reads at the start of $all without a checkpoint or at START_OF_LOG', () => {
    expect(toReadPosition(undefined)).toBe(START);
    expect(toReadPosition(START_OF_LOG)).toBe(START);
  });

  it('starts reads at the checkpoint itself, which the caller then leaves out', () => {
    expect(toReadPosition({ commit: 500n, prepare: 480n })).toEqual({ commit: 500n, prepare: 480n });
  });

  it('keeps only positions strictly after the checkpoint', () => {
    const checkpoint = { commit: 500n, prepare: 480n };
    expect(isAfter({ commit: 500n, prepare: 480n }, checkpoint)).toBe(false);
    expect(isAfter({ commit: 400n, prepare: 400n }, checkpoint)).toBe(false);
    expect(isAfter({ commit: 500n, prepare: 490n }, checkpoint)).toBe(true);
    expect(isAfter({ commit: 600n, prepare: 600n }, checkpoint)).toBe(true);
    expect(isAfter({ commit: 0n, prepare: 0n }, undefined)).toBe(true);
  });
});
