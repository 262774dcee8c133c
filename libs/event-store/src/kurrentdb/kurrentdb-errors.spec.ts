import { jest } from '@jest/globals';
import {
  AccessDeniedError,
  convertToCommandError,
  DeadlineExceededError,
  StreamDeletedError as ClientStreamDeletedError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { convertBridgeError } from '@kurrent/kurrentdb-client/dist/utils/convertBridgeError.js';
import { EventStoreUnavailableError, StreamDeletedError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { onLeader, toAppendError, toEventStoreError } from './kurrentdb-errors.js';

const endpoint = 'db.internal:2113';
const appending = { streamName: 'customer-1', expected: 3n, endpoint } as const;

function wrongExpectedVersion(current: bigint | 'no_stream'): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: 'customer-1', expected: 3n, current });
}

/**
 * An error as the Rust bridge throws it (crates/bridge/src/error.rs: a plain Error named after its
 * kind, with a metadata object), turned into a client error the way every read does.
 */
function fromBridge(name: string, message: string, metadata: Record<string, unknown> = {}): Error {
  return convertBridgeError(Object.assign(new Error(message), { name, metadata }), 'customer-1');
}

/** A gRPC status as grpc-js hands it to the client, converted as the client converts it. */
function fromGrpc(code: number, details: string): Error {
  return convertToCommandError(Object.assign(new Error(`${code} ${details}`), { code, details }));
}

const notLeader = () =>
  fromBridge('NotLeaderError', 'NotLeaderError(Endpoint { host: "node2", port: 2113 })', {
    'leader-endpoint-host': 'node2',
    'leader-endpoint-port': 2113,
  });

describe('KurrentDB error mapping', () => {
  it('turns a wrong expected version into the port error with what the caller expected', () => {
    const error = toAppendError(wrongExpectedVersion(5n), appending);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamName: 'customer-1', expected: 3n, actual: 5n });
  });

  it('reports a missing stream as no_stream', () => {
    const error = toAppendError(wrongExpectedVersion('no_stream'), { ...appending, expected: 'stream_exists' });
    expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
  });

  it('names the backend and the hosts when the server cannot be reached', () => {
    const error = toEventStoreError(new UnavailableError(), { endpoint });
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as Error).message).toBe('kurrentdb event store unreachable at db.internal:2113');
  });

  it('recognises the raw gRPC UNAVAILABLE status that appends fail with', () => {
    const grpcError = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(toAppendError(grpcError, { ...appending, expected: 'any' })).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('maps the bridge’s UnknownError for a connection dropped mid-read, keeping the raw error as the cause', () => {
    for (const message of [
      'Unmapped gRPC error: code: Cancelled, message: operation was canceled: connection closed.',
      'gRPC connection error: transport error',
      'Connection is closed.',
    ]) {
      const raw = fromBridge('UnknownError', message, { detail: message });
      expect(raw).toBeInstanceOf(UnknownError);
      const error = toEventStoreError(raw, { endpoint, streamName: 'customer-1' });
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
      expect((error as Error).cause).toBe(raw);
    }
    expect(toEventStoreError(fromBridge('UnavailableError', 'UnavailableError'), { endpoint })).toBeInstanceOf(EventStoreUnavailableError);
    expect(toEventStoreError(fromBridge('DeadlineExceededError', 'DeadlineExceededError'), { endpoint })).toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });

  it('leaves a read’s other UnknownErrors alone: a malformed event is not a network failure', () => {
    const parsing = fromBridge('UnknownError', 'Internal parsing error: invalid uuid');
    expect(toEventStoreError(parsing, { endpoint })).toBe(parsing);
  });

  it('counts an append the server could not finish as one whose outcome is unknown', () => {
    // batchAppend's answer for event_store.client.Unknown and event_store.client.Timeout
    expect(toAppendError(new UnknownError(), appending)).toBeInstanceOf(EventStoreUnavailableError);
    expect(toAppendError(new DeadlineExceededError(), appending)).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('maps a subscription the server cancelled, or whose stream broke, to the port error', () => {
    const cancelled = fromGrpc(1, 'CANCELLED: Call cancelled');
    expect(cancelled.constructor.name).toBe('CancelledError');
    expect(toEventStoreError(cancelled, { endpoint })).toBeInstanceOf(EventStoreUnavailableError);
    const broken = fromGrpc(2, 'UNKNOWN: Stream removed');
    expect(broken).toBeInstanceOf(UnknownError);
    expect(toEventStoreError(broken, { endpoint })).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('maps a deleted stream, from a read or an append, to StreamDeletedError naming the stream', () => {
    const fromRead = toEventStoreError(fromBridge('StreamDeletedError', 'StreamDeletedError'), { endpoint, streamName: 'customer-1' });
    expect(fromRead).toBeInstanceOf(StreamDeletedError);
    expect(fromRead).toMatchObject({ code: 'STREAM_DELETED', streamName: 'customer-1' });
    expect(toAppendError(ClientStreamDeletedError.fromStreamName('customer-1'), appending)).toBeInstanceOf(StreamDeletedError);
  });

  it('leaves errors that are the configuration’s, not the network’s, as they are', () => {
    const denied = new AccessDeniedError();
    expect(toEventStoreError(denied, { endpoint })).toBe(denied);
    const other = new Error('access denied');
    expect(toEventStoreError(other, { endpoint })).toBe(other);
  });
});

describe('onLeader', () => {
  it('asks once more after NotLeaderError, which the client answers by moving to the leader', async () => {
    const call = jest.fn<() => Promise<string>>().mockRejectedValueOnce(notLeader()).mockResolvedValueOnce('read back');
    await expect(onLeader(call)).resolves.toBe('read back');
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('gives up after a second refusal, which maps to the port’s unavailable error', async () => {
    const call = jest.fn<() => Promise<string>>().mockRejectedValue(notLeader());
    const error = await onLeader(call).catch((caught: unknown) => caught);
    expect(call).toHaveBeenCalledTimes(2);
    expect(toEventStoreError(error, { endpoint })).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('does not repeat a call that failed for any other reason', async () => {
    const call = jest.fn<() => Promise<string>>().mockRejectedValue(wrongExpectedVersion(5n));
    await expect(onLeader(call)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(call).toHaveBeenCalledTimes(1);
  });
});
