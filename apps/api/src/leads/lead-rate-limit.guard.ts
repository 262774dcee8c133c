import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LEAD_PROTECTION, type LeadProtection } from './lead-protection.js';
import { rateLimited } from '#crm/http';

export const LEAD_RATE_LIMIT_MESSAGE = 'too many web form submissions from this address; try again later';

type Window = { count: number; resetAt: number };

/**
 * A fixed window of `limit` submissions per client address (Fastify's `request.ip`, which honours
 * the adapter's trustProxy). Every submission counts, refused ones included, so a flood of bad
 * bodies is throttled like good ones.
 *
 * Why not @nestjs/throttler: it is CommonJS and requires @nestjs/common, which Nest 12 ships as ES
 * modules only; Node 20 loads that, but Jest on Node 20 cannot, so every e2e test would stop
 * booting the app. The semantics here are the throttler's (limit per ttl, 429, Retry-After).
 *
 * The counts live in this process's memory: behind N api processes a client gets up to N times
 * the limit (see docs/write-api.md).
 */
@Injectable()
export class LeadRateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(LEAD_PROTECTION) private readonly protection: LeadProtection) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const now = Date.now();
    const client = http.getRequest<FastifyRequest>().ip ?? 'unknown';
    this.forgetExpired(now);
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.protection.windowMs };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= this.protection.limit) return true;
    void http.getResponse<FastifyReply>().header('retry-after', String(Math.max(1, Math.ceil((window.resetAt - now) / 1000))));
    throw rateLimited(LEAD_RATE_LIMIT_MESSAGE);
  }

  /** Bounded memory: a sweep when the map grows, not a timer that would hold the process open. */
  private forgetExpired(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [client, window] of this.windows) if (window.resetAt <= now) this.windows.delete(client);
  }
}
