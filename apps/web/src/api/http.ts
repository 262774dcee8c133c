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

async function send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const reading = method === 'GET';
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

export const api = {
  get: <T,>(path: string, query?: Query) => send<T>('GET', withQuery(path, query)),
  getText: (path: string, query?: Query) => send<string>('GET', withQuery(path, query), undefined, { accept: 'text/csv' }),
  post: <T,>(path: string, body?: unknown, headers?: Record<string, string>) => send<T>('POST', path, body ?? {}, headers),
  patch: <T,>(path: string, body: unknown) => send<T>('PATCH', path, body),
  put: <T,>(path: string, body: unknown) => send<T>('PUT', path, body),
  delete: (path: string) => send<string>('DELETE', path),
};
