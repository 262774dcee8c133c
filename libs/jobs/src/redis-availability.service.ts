import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CrmConfig, unreachableMessage } from '#crm/config';
import { createRedisConnection, describeRedisUrl } from './redis-connection.js';

/**
 * Whether Redis — hence jobs — can be used right now. The CRM runs without it: the start says
 * once that jobs are disabled, later changes are logged once each, and endpoints that need jobs
 * answer 503 (see RequiresJobs). Never crashes the process, whatever Redis does.
 */
@Injectable()
export class RedisAvailability implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly where: string;
  private redis: Redis;
  private available = false;
  private lastReason = 'not connected yet';
  private announced = false;

  constructor(private readonly config: CrmConfig) {
    this.where = describeRedisUrl(config.redisUrl);
  }

  /** Waits at most for one connection attempt, so a missing Redis does not slow the start down. */
  async onModuleInit(): Promise<void> {
    this.redis = createRedisConnection(this.config.redisUrl);
    const firstOutcome = new Promise<void>((resolve) => {
      this.redis.once('ready', resolve);
      this.redis.once('error', resolve);
      this.redis.once('end', resolve);
    });
    this.redis.on('ready', () => this.becomeAvailable());
    this.redis.on('error', (error: unknown) => this.becomeUnavailable(unreachableMessage('Redis', this.where, error)));
    // A clean close carries no error; a failed attempt has just reported its own reason.
    this.redis.on('close', () => this.becomeUnavailable(this.available ? `Redis unreachable at ${this.where}: connection closed` : this.lastReason));
    this.redis.connect().catch(() => undefined); // reported through the 'error' event
    await firstOutcome;
    if (!this.available) this.logger.warn(`jobs disabled: ${this.lastReason}`);
    this.announced = true;
  }

  /** QUIT lets the socket close at once; a connection that is down has nothing to say goodbye to. */
  async onApplicationShutdown(): Promise<void> {
    this.announced = false; // closing is not an outage worth a warning
    if (this.redis?.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis?.disconnect();
  }

  isAvailable(): boolean {
    return this.available;
  }

  /** Why jobs are unavailable, or undefined while they are. */
  get reason(): string | undefined {
    return this.available ? undefined : this.lastReason;
  }

  /**
   * Runs `listener` now if Redis is reachable, and again each time it comes back. A Redis that
   * restarted without persistence has forgotten every job: what must survive is re-added from
   * PostgreSQL here (open campaigns, the job scheduler).
   */
  onReady(listener: () => void): void {
    if (this.available) listener();
    this.redis.on('ready', listener);
  }

  /** The shared connection, for queues that want to reuse (duplicate) it. */
  get connection(): Redis {
    return this.redis;
  }

  private becomeAvailable(): void {
    if (!this.available && this.announced) this.logger.log(`jobs enabled: Redis reachable at ${this.where}`);
    this.available = true;
  }

  private becomeUnavailable(reason: string): void {
    this.lastReason = reason;
    if (this.available && this.announced) this.logger.warn(`jobs disabled: ${this.lastReason}`);
    this.available = false;
  }
}
