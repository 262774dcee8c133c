import { ErrorType, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type { ExpectedRevision } from '../event-store.port.js';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { toActualRevision } from './kurrentdb-stream-state.js';

/** gRPC status UNAVAILABLE: the appending path reports a refused connection as a raw gRPC error. */
const GRPC_UNAVAILABLE = 14;

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  return (
    type === ErrorType.UNAVAILABLE ||
    type === ErrorType.DEADLINE_EXCEEDED ||
    code === GRPC_UNAVAILABLE ||
    error.message.startsWith('Failed to discover')
  );
}

/** Turns a client error into the port's errors where one applies; anything else passes through. */
export function toEventStoreError(error: unknown, endpoint: string): unknown {
  return isUnreachable(error) ? new EventStoreUnavailableError('kurrentdb', endpoint, error) : error;
}

export function toAppendError(
  error: unknown,
  context: { streamName: string; expected: ExpectedRevision; endpoint: string },
): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(context.streamName, context.expected, toActualRevision(error.actualState));
  }
  return toEventStoreError(error, context.endpoint);
}
