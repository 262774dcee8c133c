/**
 * A point in the global log. Both backends have two numbers: PostgreSQL the writer's transaction
 * id and the sequence position; KurrentDB the commit and prepare positions. Order is by commit,
 * then prepare.
 */
export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export const START_OF_LOG: LogPosition = { commit: -1n, prepare: -1n };

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function formatPosition(position: LogPosition): string {
  return `${position.commit}-${position.prepare}`;
}

/** Both numbers are stored as PostgreSQL bigints (xid8 fits): larger text is no position of ours. */
const LARGEST = 2n ** 63n - 1n;

export function parsePosition(text: string): LogPosition {
  const match = /^(-?\d{1,19})-(-?\d{1,19})$/.exec(text);
  if (!match) throw new InvalidPositionError(text);
  const position = { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
  if ([position.commit, position.prepare].some((value) => value > LARGEST || value < -LARGEST)) throw new InvalidPositionError(text);
  return position;
}

export function isPositionText(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  try {
    parsePosition(text);
    return true;
  } catch {
    return false;
  }
}

export class InvalidPositionError extends Error {
  constructor(readonly text: string) {
    super(`invalid log position "${text}": expected "<commit>-<prepare>"`);
  }
}
