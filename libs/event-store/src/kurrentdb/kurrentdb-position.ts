import { START } from '@kurrent/kurrentdb-client';
import type { Position, ReadPosition } from '@kurrent/kurrentdb-client';
import { comparePositions, type LogPosition } from '../log-position.js';

export function toLogPosition(position: Position): LogPosition {
  return { commit: BigInt(position.commit), prepare: BigInt(position.prepare) };
}

/** Where a client read must start to see everything after `after`; START_OF_LOG has negative parts. */
export function toReadPosition(after: LogPosition | undefined): ReadPosition {
  if (!after || after.commit < 0n || after.prepare < 0n) return START;
  return { commit: after.commit, prepare: after.prepare };
}

/**
 * Our positions are exclusive, the client's are inclusive (reads) or version-dependent
 * (subscriptions), so every event is checked against the checkpoint it must come after.
 */
export function isAfter(position: LogPosition, after: LogPosition | undefined): boolean {
  return !after || comparePositions(position, after) > 0;
}
