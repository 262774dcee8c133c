import { WriteFence } from './read-your-writes.js';
import type { ErrorBody } from './types.js';

/** A refused or failed request, with the API's own message and its per-field reasons. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
    readonly path: string,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  /** Reason per field name (`lines[0].quantity` stays as the API wrote it). */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.body?.errors ?? []).map((error) => [error.field, error.reason]));
  }
}

/** Thrown instead of ApiError when the server cannot be reached at all. */
export class OfflineError extends Error {}

let onUnauthorized: () => void = () => undefined;

/** The session layer decides what a 401 means (back to sign-in, then to the same URL). */
export function handleUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | readonly string[] | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const fence = new WriteFence();

/** The longest other reads wait for the one read a screen is judged by (`api.getFirst`). */
const FIRST_MS = 400;
let first: Promise<unknown> | null = null;

/**
 * The api answers on one thread: the customer page's first timeline page, sent beside the page's
 * other reads (its state's fold of a long stream, lifecycle, segments, signals, the bell), took
 * three times as long as alone. Reads sent while it is in flight wait for it, at most FIRST_MS.
 */
function afterFirst(): Promise<unknown> | undefined {
  return first ? Promise.race([first, new Promise((resolve) => setTimeout(resolve, FIRST_MS))]) : undefined;
}

async function send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const reading = method === 'GET';
  if (reading) await afterFirst();
  const consistency = reading ? fence.headers() : {};
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...consistency, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new OfflineError(path);
  }
  if (response.status === 401 && !path.startsWith('/auth/sign-in')) onUnauthorized();
  const text = await response.text();
  const parsed: unknown = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  if (reading && (response.ok || response.status === 503)) fence.readAnswered(consistency);
  if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? (parsed as ErrorBody) : null, path);
  if (!reading) fence.wrote(parsed);
  return parsed as T;
}

function sendFirst<T>(path: string): Promise<T> {
  const sent = send<T>('GET', path);
  const settled = sent.catch(() => undefined);
  first = settled;
  void settled.then(() => {
    if (first === settled) first = null;
  });
  return sent;
}

export const api = {
  get: <T,>(path: string, query?: Query) => send<T>('GET', withQuery(path, query)),
  /** A read that goes ahead of the others sent while it is in flight (afterFirst). */
  getFirst: <T,>(path: string, query?: Query) => sendFirst<T>(withQuery(path, query)),
  getText: (path: string, query?: Query) => send<string>('GET', withQuery(path, query), undefined, { accept: 'text/csv' }),
  post: <T,>(path: string, body?: unknown, headers?: Record<string, string>) => send<T>('POST', path, body ?? {}, headers),
  patch: <T,>(path: string, body: unknown) => send<T>('PATCH', path, body),
  put: <T,>(path: string, body: unknown) => send<T>('PUT', path, body),
  delete: (path: string) => send<string>('DELETE', path),
};
