import { ErrorType, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type { ExpectedRevision } from '../event-store.port.js';
import { EventStoreUnavailableError, StreamDeletedError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { toActualRevision } from './kurrentdb-stream-state.js';

/** gRPC status UNAVAILABLE: the appending path reports a refused connection as a raw gRPC error. */
const GRPC_UNAVAILABLE = 14;
/**
 * gRPC status UNKNOWN: what grpc-js reports when a streaming call's connection breaks (a reset,
 * "Stream removed"); the client passes it on as UnknownError with that code.
 */
const GRPC_UNKNOWN = 2;

/**
 * The client's error types that mean "the server could not be reached or did not answer": the
 * outcome of a write is then unknown. CANCELLED is the server ending a call (a subscription when
 * it shuts down or loses leadership); NOT_LEADER is only left after one retry on the new leader.
 */
const UNREACHABLE_TYPES: ReadonlySet<unknown> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/**
 * How the Rust bridge behind stream and $all reads words a connection dropped mid-read: the
 * kurrentdb crate's `Grpc` (a status it does not name, Cancelled when the channel closes),
 * `GrpcConnectionError` and `ConnectionClosed`, which the bridge hands over as UnknownError.
 * Its other UnknownErrors (a malformed event, an unsupported feature) are not about the network.
 */
const DROPPED_MID_READ = /^(?:Unmapped gRPC error|gRPC connection error|Connection is closed)/;

function errorType(error: unknown): unknown {
  return error instanceof Error ? (error as { type?: unknown }).type : undefined;
}

function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const type = errorType(error);
  const { code } = error as { code?: unknown };
  return (
    UNREACHABLE_TYPES.has(type) ||
    (type === ErrorType.UNKNOWN && (code === GRPC_UNKNOWN || DROPPED_MID_READ.test(error.message))) ||
    code === GRPC_UNAVAILABLE ||
    error.message.startsWith('Failed to discover')
  );
}

export function isNotLeader(error: unknown): boolean {
  return errorType(error) === ErrorType.NOT_LEADER;
}

function isStreamDeleted(error: unknown): boolean {
  const type = errorType(error);
  return type === ErrorType.STREAM_DELETED || type === ErrorType.STREAM_TOMBSTONED;
}

/** Turns a client error into the port's errors where one applies; anything else passes through. */
export function toEventStoreError(error: unknown, context: { endpoint: string; streamName?: string }): unknown {
  if (isStreamDeleted(error) && context.streamName !== undefined) return new StreamDeletedError(context.streamName);
  return isUnreachable(error) ? new EventStoreUnavailableError('kurrentdb', context.endpoint, error) : error;
}

export function toAppendError(
  error: unknown,
  context: { streamName: string; expected: ExpectedRevision; endpoint: string },
): unknown {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(context.streamName, context.expected, toActualRevision(error.actualState));
  }
  // An append the server could not finish ("Unknown" in the answer): whether it was written is
  // as unknown as after a dropped connection, and the caller must treat it the same way.
  if (errorType(error) === ErrorType.UNKNOWN) return new EventStoreUnavailableError('kurrentdb', context.endpoint, error);
  return toEventStoreError(error, context);
}

/**
 * Runs a call again once after NotLeaderError. The node refused before doing anything, and both
 * of the client's halves (gRPC for appends, the Rust bridge for reads) reconnect to the leader the
 * error names, so the second call reaches it; a second refusal is left to the caller.
 */
export async function onLeader<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isNotLeader(error)) throw error;
    return call();
  }
}
