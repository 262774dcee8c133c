import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JobName, JobQueue } from '@crm/jobs';

export const TIME_SWEEP_SCHEDULER = 'time-sweep-every-minute';
const EVERY_MS = 60_000;
const RETRY_MS = 10_000;

/**
 * One job scheduler in Redis, whatever the number of workers: upserting it from each is a no-op
 * after the first, and BullMQ makes one job per tick. While Redis is down it keeps trying.
 */
@Injectable()
export class TimeSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TimeSweep');
  private retry: NodeJS.Timeout | undefined;

  constructor(private readonly queue: JobQueue) {}

  onApplicationBootstrap(): void {
    void this.upsert();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.retry);
  }

  private async upsert(): Promise<void> {
    try {
      await this.queue.bullQueue().upsertJobScheduler(TIME_SWEEP_SCHEDULER, { every: EVERY_MS }, { name: JobName.TimeSweep, data: {} });
    } catch (error) {
      this.logger.warn(`time sweep not scheduled yet: ${(error as Error)?.message ?? String(error)}`);
      this.retry = setTimeout(() => void this.upsert(), RETRY_MS);
      this.retry.unref();
    }
  }
}
