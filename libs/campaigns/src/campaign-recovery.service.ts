import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue, RedisAvailability } from '#crm/jobs';
import { CampaignStore } from './campaign.store.js';

/**
 * The ledger in PostgreSQL is the truth about a campaign; Redis only holds the work in flight.
 * When Redis is (back) up, every unfinished campaign's target job is added again: jobs still
 * there are dropped as duplicates, lost ones come back, and chunks skip what the ledger settled.
 */
@Injectable()
export class CampaignRecovery implements OnApplicationBootstrap {
  private readonly logger = new Logger('Campaigns');

  constructor(
    private readonly store: CampaignStore,
    private readonly queue: JobQueue,
    private readonly redis: RedisAvailability,
  ) {}

  onApplicationBootstrap(): void {
    this.redis.onReady(() => void this.resume().catch((error: unknown) => this.logger.warn(`campaigns not resumed: ${(error as Error)?.message ?? String(error)}`)));
  }

  async resume(): Promise<number> {
    const open = await this.store.unfinished();
    for (const campaignId of open) await this.queue.add(JobName.CampaignTarget, { campaignId }, { jobId: `campaign-target.${campaignId}` });
    return open.length;
  }
}
