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

export function parsePosition(text: string): LogPosition {
  const match = /^(-?\d+)-(-?\d+)$/.exec(text);
  if (!match) throw new InvalidPositionError(text);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

export class InvalidPositionError extends Error {
  constructor(readonly text: string) {
    super(`invalid log position "${text}": expected "<commit>-<prepare>"`);
  }
}
