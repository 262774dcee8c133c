import pg from 'pg';
import { EventStoreUnavailableError } from '../event-store.errors.js';

const networkErrorCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE',
]);
// SQLSTATEs meaning "this server cannot serve us now": shutdown, starting up, no such database,
// authentication refused (class 08 is connection exceptions).
const serverUnavailableCodes = new Set(['57P01', '57P02', '57P03', '3D000', '28000', '28P01']);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** A lost or refused connection, or a server that cannot serve now (shutting down, starting up). */
// Duck-typed, not instanceof Error: errors from Node's own sockets may come from another realm.
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, cause, errors } = error as ErrorLike;
  if (typeof code === 'string' && (networkErrorCodes.has(code) || serverUnavailableCodes.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (typeof message === 'string' && /Connection terminated|timeout expired|Client has encountered a connection error/i.test(message)) {
    return true;
  }
  return [...(Array.isArray(errors) ? errors : []), cause].some((inner) => isConnectionFailure(inner, depth + 1));
}

/**
 * Lets a pool outlive connections the server ends (PostgreSQL restarting, pg_terminate_backend).
 * An idle one emits 'error' on the pool, which replaces it. A checked-out one emits 'error' on its
 * client, which pg-pool does not listen to, and an unheard 'error' kills the process: the
 * projector's lock session holds one between statements all its life. With a listener on every
 * client, the loss surfaces as the failure of its next statement instead.
 */
export function survivingLostClients(pool: pg.Pool, onIdleError: (error: Error) => void = () => undefined): pg.Pool {
  pool.on('error', onIdleError);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** host:port/database of a connection string, without the user or password. */
export function describeServer(connectionString: string): string {
  const client = new pg.Client({ connectionString });
  return `${client.host}:${client.port}/${client.database ?? ''}`;
}

/** Turns a lost or refused connection into the port's one-line error; other errors pass through. */
export function asUnavailable(error: unknown, where: string): unknown {
  return isConnectionFailure(error) ? new EventStoreUnavailableError('postgresql', where, error) : error;
}
