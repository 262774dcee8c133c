import { createServer } from 'node:net';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import { InvalidConnectionStringError } from './kurrentdb-connection-string.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

/** A local port nothing listens on: the server is "down" without waiting for a network timeout. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port was assigned');
  return address.port;
}

describe('KurrentDbEventStore.connect without a server', () => {
  it('fails with one line naming the backend and host, never the password', async () => {
    const port = await closedPort();
    const connecting = KurrentDbEventStore.connect({ connectionString: `kurrentdb://admin:s3cret@127.0.0.1:${port}?tls=false` });
    const error = await connecting.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EventStoreUnavailableError);
    expect((error as Error).message).toBe(`kurrentdb event store unreachable at 127.0.0.1:${port}`);
  });

  it('refuses, at start, an option the client’s two parsers would read differently', async () => {
    const connecting = KurrentDbEventStore.connect({ connectionString: 'kurrentdb://127.0.0.1:1?tls=false&keepAliveInterval=1000' });
    await expect(connecting).rejects.toThrow(InvalidConnectionStringError);
  });

  it('refuses, at start, a string only the Rust half of the client refuses, without echoing the password', async () => {
    // Node's parser takes any number as a port; the Rust bridge's (which quotes the whole string) does not.
    const connecting = KurrentDbEventStore.connect({ connectionString: 'kurrentdb://admin:s3cret@127.0.0.1:99999?tls=false' });
    await expect(connecting).rejects.toThrow(/^connectionString: not a KurrentDB connection string/);
    await expect(connecting).rejects.not.toThrow(/s3cret/);
  });

  it('rejects a connection string of another kind, naming the field, without echoing the password', async () => {
    const connecting = KurrentDbEventStore.connect({ connectionString: 'postgres://admin:s3cret@127.0.0.1:5432/crm' });
    await expect(connecting).rejects.toThrow(InvalidConnectionStringError);
    await expect(connecting).rejects.toThrow(/^connectionString: not a KurrentDB connection string/);
    await expect(connecting).rejects.not.toThrow(/s3cret/);
  });
});
