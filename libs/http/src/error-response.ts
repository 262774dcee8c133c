// The one place that reads HttpExceptions: the framework's own (unknown route, body too large).
// eslint-disable-next-line no-restricted-imports
import { HttpException, HttpStatus } from '@nestjs/common';

export interface ErrorResponse {
  status: number;
  body: { statusCode: number; message: string; [detail: string]: unknown };
  headers?: Record<string, string>;
}

type CodedError = Error & { code: string; [detail: string]: unknown };

/**
 * How an error carrying a `code` (domain, event store, validation) is answered. Errors without
 * a known code are not the client's fault: the filter answers them 500 without details.
 */
const byCode: Record<string, (error: CodedError) => ErrorResponse> = {
  VALIDATION: (error) => respond(HttpStatus.BAD_REQUEST, error.message, { errors: error.errors ?? [] }),
  NOT_FOUND: (error) => respond(HttpStatus.NOT_FOUND, error.message, error.errors ? { errors: error.errors } : {}),
  RULE_VIOLATED: (error) => respond(HttpStatus.CONFLICT, error.message, { rule: error.rule }),
  WRONG_EXPECTED_REVISION: (error) => respond(HttpStatus.CONFLICT, error.message, { currentRevision: revisionText(error.actual) }),
  DUPLICATE_EVENT_ID: (error) => respond(HttpStatus.CONFLICT, error.message),
  IDEMPOTENCY_KEY_REUSED: (error) => respond(HttpStatus.UNPROCESSABLE_ENTITY, error.message),
  EVENT_STORE_UNAVAILABLE: (error) => respond(HttpStatus.SERVICE_UNAVAILABLE, error.message),
  UNAUTHENTICATED: (error) => respond(HttpStatus.UNAUTHORIZED, error.message),
  FORBIDDEN: (error) => respond(HttpStatus.FORBIDDEN, error.message),
  GONE: (error) => respond(HttpStatus.GONE, error.message),
  RATE_LIMITED: (error) => respond(HttpStatus.TOO_MANY_REQUESTS, error.message),
  UNAVAILABLE: (error) => respond(HttpStatus.SERVICE_UNAVAILABLE, error.message),
  STREAM_DELETED: (error) => respond(HttpStatus.GONE, error.message),
  // PostgreSQL undefined_table: the projector creates the read models' tables when it first runs,
  // so an api started before it answers "not yet", not "broken". The message names no table.
  '42P01': () => respond(HttpStatus.SERVICE_UNAVAILABLE, READ_MODEL_NOT_READY),
  // PostgreSQL refusing a character (a NUL in text, `\u0000` in jsonb): only a client sends one.
  // The validation pipe refuses them in bodies, queries and ids; this covers what runs before it.
  '22021': () => respond(HttpStatus.BAD_REQUEST, UNSTORABLE_CHARACTER),
  '22P05': () => respond(HttpStatus.BAD_REQUEST, UNSTORABLE_CHARACTER),
};

export const UNSTORABLE_CHARACTER = 'the request holds a character that cannot be stored (such as NUL, U+0000)';

export const READ_MODEL_NOT_READY = 'a read model this route reads is not built yet: is the projector running?';

export const INTERNAL_ERROR: ErrorResponse = respond(HttpStatus.INTERNAL_SERVER_ERROR, 'internal error');

/**
 * The answer for an error, or undefined when it is an unexpected (500) one. Our code throws only
 * coded errors; HttpExceptions still come from the framework itself (unknown route, body too large).
 */
export function errorResponseFor(error: unknown): ErrorResponse | undefined {
  if (error instanceof HttpException) return fromHttpException(error);
  if (isCoded(error)) return byCode[error.code]?.(error);
  if (isPoolTimeout(error)) return BUSY;
  return undefined;
}

export const BUSY_MESSAGE = 'the server is busy: every database connection is in use; retry shortly';
const BUSY: ErrorResponse = { ...respond(HttpStatus.SERVICE_UNAVAILABLE, BUSY_MESSAGE), headers: { 'retry-after': '1' } };

/**
 * node-postgres's pool gave up waiting for a free connection (connectionTimeoutMillis): the
 * server is up but this process is saturated, which a client should hear as "retry", not as a
 * fault. The pool throws a bare Error, known only by its message, possibly wrapped.
 */
function isPoolTimeout(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  return /timeout exceeded when trying to connect/.test(error.message) || isPoolTimeout(error.cause, depth + 1);
}

function fromHttpException(exception: HttpException): ErrorResponse {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return respond(status, response);
  const { error: _statusText, ...details } = response as Record<string, unknown>;
  return { status, body: { ...details, statusCode: status, message: String(details.message ?? exception.message) } };
}

function respond(status: number, message: string, details: Record<string, unknown> = {}): ErrorResponse {
  return { status, body: { statusCode: status, message, ...details } };
}

function isCoded(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Revisions are bigints inside, strings in JSON; a stream that does not exist has none. */
function revisionText(revision: unknown): string | null {
  return typeof revision === 'bigint' || typeof revision === 'number' ? String(revision) : null;
}
