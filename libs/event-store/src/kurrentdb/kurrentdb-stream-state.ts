import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import type { AppendStreamState, CurrentStreamState } from '@kurrent/kurrentdb-client';
import type { ExpectedRevision } from '../event-store.port.js';
import type { ActualRevision } from '../event-store.errors.js';

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

/** Older servers report a missing stream as revision -1 rather than as "no stream". */
export function toActualRevision(current: CurrentStreamState): ActualRevision {
  if (current === NO_STREAM || current < 0n) return 'no_stream';
  return current;
}
