import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';

export interface RateLimitPolicy {
  /** Requests per window for one key or signed-in user. */
  limit: number;
  windowMs: number;
  /** Redis key prefix, so two CRMs on one Redis count apart. */
  prefix: string;
  /** The shared connection when Redis is up, null while it is down. */
  redis(): Redis | null;
}

export const RATE_LIMIT_POLICY = Symbol('RATE_LIMIT_POLICY');

/** Coded like #crm/http's AccessError (which imports this library, so it is not extended here): ErrorResponseFilter answers 429. */
export class RateLimitedError extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super('too many requests for this API key or session; try again later');
    this.name = 'RateLimitedError';
  }
}

type Window = { count: number; resetAt: number };

/**
 * A window of `limit` requests that opens with a caller's first request. Counted in Redis, so
 * every api process shares one count; while Redis is down each process counts on its own, so a
 * caller gets at most N times the limit behind N processes instead of no limit at all.
 */
@Injectable()
export class RateLimiter {
  private readonly local = new Map<string, Window>();

  constructor(@Inject(RATE_LIMIT_POLICY) private readonly policy: RateLimitPolicy) {}

  /** Counts one request of `caller`; throws RateLimitedError past the limit. */
  async hit(caller: string, now = Date.now()): Promise<void> {
    const window = (await this.hitShared(caller, now)) ?? this.hitLocal(caller, now);
    if (window.count > this.policy.limit) throw new RateLimitedError(Math.max(1, Math.ceil((window.resetAt - now) / 1000)));
  }

  private async hitShared(caller: string, now: number): Promise<Window | null> {
    const redis = this.policy.redis();
    if (!redis) return null;
    const key = `${this.policy.prefix}:rate:${caller}`;
    try {
      const [[, count], [, ttl]] = (await redis.multi().incr(key).pttl(key).exec()) as [[null, number], [null, number]];
      let remaining = ttl;
      if (ttl < 0) {
        await redis.pexpire(key, this.policy.windowMs);
        remaining = this.policy.windowMs;
      }
      return { count, resetAt: now + remaining };
    } catch {
      // Redis went away between the check and the command: count here this time.
      return null;
    }
  }

  private hitLocal(caller: string, now: number): Window {
    if (this.local.size >= 10_000) for (const [key, window] of this.local) if (window.resetAt <= now) this.local.delete(key);
    let window = this.local.get(caller);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.policy.windowMs };
      this.local.set(caller, window);
    }
    window.count += 1;
    return window;
  }
}
