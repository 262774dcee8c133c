import { createHash } from 'node:crypto';
import { canonicalJson } from '../envelope/canonical-json.js';
import { IF_MATCH_HEADER } from './write-headers.js';

type HashedRequest = { method: string; url: string; body?: unknown; headers: Record<string, string | string[] | undefined> };

/** What makes two requests "the same" for an Idempotency-Key: route, body and the revision they expect. */
export function requestHash(request: HashedRequest): string {
  const content = { method: request.method, url: request.url, body: request.body ?? null, ifMatch: request.headers[IF_MATCH_HEADER] ?? null };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
