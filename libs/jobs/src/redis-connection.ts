import { Redis } from 'ioredis';

/** "host:port" of a Redis URL, for messages: never its password. */
export function describeRedisUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || '127.0.0.1'}:${parsed.port || '6379'}`;
}

/**
 * A connection that keeps retrying in the background (backoff capped at 30 s) so jobs come back
 * when Redis does, and fails commands at once while down instead of queueing them.
 * Connects only when told to: the caller attaches its 'error' listener first.
 */
export function createRedisConnection(url: string, connectTimeoutMs = 2000): Redis {
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 500, 30_000),
  });
}
