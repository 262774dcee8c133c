import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue, JobsRestoration, RedisAvailability } from '#crm/jobs';

export const FORECAST_FIT_SCHEDULER = 'forecast-fit-daily';

/**
 * One job scheduler in Redis: the models are refitted every night (03:00 UTC), on the purchases
 * up to that day. Upserted when Redis is ready and again when the restoration finds it emptied.
 */
@Injectable()
export class ForecastFitScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('ForecastFit');

  constructor(
    private readonly queue: JobQueue,
    private readonly redis: RedisAvailability,
    private readonly restoration: JobsRestoration,
  ) {}

  onApplicationBootstrap(): void {
    this.redis.onReady(
      () => void this.upsert().catch((error: unknown) => this.logger.warn(`forecast fit not scheduled: ${(error as Error)?.message ?? String(error)}`)),
    );
    this.restoration.register({ name: 'forecast fit schedule', restore: async () => (await this.upsert(), 1) });
  }

  private async upsert(): Promise<void> {
    await this.queue.bullQueue().upsertJobScheduler(FORECAST_FIT_SCHEDULER, { pattern: '0 3 * * *', tz: 'UTC' }, { name: JobName.ForecastFit, data: {} });
  }
}
