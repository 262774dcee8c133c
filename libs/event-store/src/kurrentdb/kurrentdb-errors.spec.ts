import { UnavailableError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { toAppendError, toEventStoreError } from './kurrentdb-errors.js';

const endpoint = 'db.internal:2113';

function wrongExpectedVersion(current: bigint | 'no_stream'): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: 'customer-1', expected: 3n, current });
}

describe('KurrentDB error mapping', () => {
  it('turns a wrong expected version into the port error with what the caller expected', () => {
    const error = toAppendError(wrongExpectedVersion(5n), { streamName: 'customer-1', expected: 3n, endpoint });
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamName: 'customer-1', expected: 3n, actual: 5n });
  });

  it('reports a missing stream as no_stream', () => {
    const error = toAppendError(wrongExpectedVersion('no_stream'), {
      streamName: 'customer-1',
      expected: 'stream_exists',
      endpoint,
    });
    expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
  });

  it('names the backend and the hosts when the server cannot be reached', () => {
    const error = toEventStoreError(new UnavailableError(), endpoint);
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as Error).message).toBe('kurrentdb event store unreachable at db.internal:2113');
  });

  it('recognises the raw gRPC UNAVAILABLE status that appends fail with', () => {
    const grpcError = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(toAppendError(grpcError, { streamName: 'customer-1', expected: 'any', endpoint })).toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });

  it('leaves other errors as they are', () => {
    const other = new Error('access denied');
    expect(toEventStoreError(other, endpoint)).toBe(other);
  });
});
