import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { JobsPrefix } from './jobs-prefix.js';
import { RedisAvailability } from './redis-availability.service.js';

/** Re-adds from PostgreSQL what must be in Redis; adding a job already there must be a no-op (jobIds). */
export type JobsRestorer = { name: string; restore(): Promise<number> };

/**
 * A Redis restarted without persistence, or flushed, has forgotten every job, and a flush does
 * not even drop the connection: a marker key under the jobs prefix tells. It is looked at each
 * time Redis is ready and every JOBS_RESTORE_CHECK_SECONDS; when it is gone, it is set again
 * first (so a Redis emptied again during the restore is noticed at the next look), then every
 * restorer runs; if one fails the marker is removed, so the next look tries again.
 */
@Injectable()
export class JobsRestoration implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobsRestoration');
  private readonly restorers: JobsRestorer[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly redis: RedisAvailability,
    private readonly prefix: JobsPrefix,
    private readonly config: CrmConfig,
  ) {}

  register(restorer: JobsRestorer): void {
    this.restorers.push(restorer);
  }

  onApplicationBootstrap(): void {
    this.redis.onReady(() => void this.checkNow());
    this.timer = setInterval(() => void this.checkNow(), this.config.jobsRestoreCheckSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  get markerKey(): string {
    return `${this.prefix.value}:jobs-restored`;
  }

  /** One look at a time: a look already under way is the one the caller gets. */
  checkNow(): Promise<void> {
    if (this.stopped || !this.redis.isAvailable()) return Promise.resolve();
    this.running ??= this.check().finally(() => (this.running = undefined));
    return this.running;
  }

  private async check(): Promise<void> {
    const connection = this.redis.connection;
    try {
      if ((await connection.exists(this.markerKey)) === 1) return;
      await connection.set(this.markerKey, new Date().toISOString());
      for (const restorer of this.restorers) {
        const added = await restorer.restore();
        if (added > 0) this.logger.log(`Redis had lost its jobs: ${added} ${restorer.name} job(s) added again from PostgreSQL`);
      }
    } catch (error) {
      this.logger.warn(`jobs not restored: ${(error as Error)?.message ?? String(error)}`);
      await connection.del(this.markerKey).catch(() => undefined);
    }
  }
}
