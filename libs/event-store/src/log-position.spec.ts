import { comparePositions, formatPosition, parsePosition, InvalidPositionError } from './log-position.js';

describe('log position', () => {
  it('orders by commit, then prepare', () => {
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 0n })).toBe(1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 1n })).toBe(0);
  });

  it('round-trips through its text form', () => {
    const position = { commit: 123456789012n, prepare: 42n };
    expect(parsePosition(formatPosition(position))).toEqual(position);
  });

  it('rejects text that is not a position', () => {
    expect(() => parsePosition('12')).toThrow(InvalidPositionError);
  });
});
