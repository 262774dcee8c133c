import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue, RedisAvailability } from '#crm/jobs';

export const TIME_SWEEP_SCHEDULER = 'time-sweep-every-minute';
/** Segment and lifecycle changes that trigger automations (docs/marketing.md), looked for on the same beat. */
export const AUTOMATION_SWEEP_SCHEDULER = 'automation-sweep-every-minute';
const EVERY_MS = 60_000;

/**
 * One job scheduler in Redis, whatever the number of workers: upserting it from each is a no-op
 * after the first, and BullMQ makes one job per tick. Upserted again whenever Redis comes back,
 * in case it came back empty.
 */
@Injectable()
export class TimeSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('TimeSweep');

  constructor(
    private readonly queue: JobQueue,
    private readonly redis: RedisAvailability,
  ) {}

  onApplicationBootstrap(): void {
    this.redis.onReady(() => void this.upsert());
  }

  private async upsert(): Promise<void> {
    try {
      await this.queue.bullQueue().upsertJobScheduler(TIME_SWEEP_SCHEDULER, { every: EVERY_MS }, { name: JobName.TimeSweep, data: {} });
      await this.queue.bullQueue().upsertJobScheduler(AUTOMATION_SWEEP_SCHEDULER, { every: EVERY_MS }, { name: JobName.AutomationSweep, data: {} });
    } catch (error) {
      this.logger.warn(`time sweep not scheduled: ${(error as Error)?.message ?? String(error)}`);
    }
  }
}
