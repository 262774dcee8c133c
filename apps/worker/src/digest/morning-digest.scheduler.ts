import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue, JobsRestoration, RedisAvailability } from '#crm/jobs';

export const MORNING_DIGEST_SCHEDULER = 'morning-digest-hourly';

/**
 * One job scheduler in Redis, on the hour: every time zone's morning falls on some hour (a
 * half-hour zone's at half past). Upserted when Redis is ready and again when the restoration
 * finds Redis emptied, which a flush does without dropping the connection.
 */
@Injectable()
export class MorningDigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('MorningDigest');

  constructor(
    private readonly queue: JobQueue,
    private readonly redis: RedisAvailability,
    private readonly restoration: JobsRestoration,
  ) {}

  onApplicationBootstrap(): void {
    this.redis.onReady(
      () => void this.upsert().catch((error: unknown) => this.logger.warn(`digest not scheduled: ${(error as Error)?.message ?? String(error)}`)),
    );
    this.restoration.register({ name: 'morning digest schedule', restore: async () => (await this.upsert(), 1) });
  }

  private async upsert(): Promise<void> {
    await this.queue.bullQueue().upsertJobScheduler(MORNING_DIGEST_SCHEDULER, { pattern: '0 * * * *' }, { name: JobName.MorningDigest, data: {} });
  }
}
