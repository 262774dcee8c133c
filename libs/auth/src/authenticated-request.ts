import type { Actor } from './actor.js';

/** The part of a Fastify request the guard reads and writes. */
export interface AuthenticatedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  routeOptions?: { url?: string };
  ip?: string;
  actor?: Actor;
}

/** The route's pattern rather than its URL, so messages never echo ids or query strings. */
export function describeRoute(request: AuthenticatedRequest): string {
  return `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`;
}
