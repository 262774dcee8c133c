import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { JobQueue, JobsRestoration, type JobName, type OutboxJobRow } from '#crm/jobs';
import { unfinishedFollowUpStarts, pendingTaskReminders, unsettledAutomationFirings, unsettledWebhookDeliveries } from '#crm/projections';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';

type Page = { jobs: OutboxJobRow[]; last: string | null };
type PendingJobs = (db: Kysely<ReadDatabase>, page: { after: string | null; limit: number }) => Promise<Page>;

const PAGE = 500;

/**
 * Reactor jobs leave the outbox once BullMQ has them; a follow-up deadline, a task reminder, an automation firing or a webhook delivery
 * that then lived only in Redis would be gone with a Redis that came back empty. PostgreSQL still
 * says which are pending; they are added again under their outbox keys, so one still in Redis is
 * not duplicated.
 */
@Injectable()
export class PendingJobsReconciler implements OnApplicationBootstrap {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly queue: JobQueue,
    private readonly restoration: JobsRestoration,
  ) {}

  onApplicationBootstrap(): void {
    this.restoration.register({ name: 'lead follow-up', restore: () => this.readd(unfinishedFollowUpStarts) });
    this.restoration.register({ name: 'webhook delivery', restore: () => this.readd(unsettledWebhookDeliveries) });
    this.restoration.register({ name: 'task reminder', restore: () => this.readd(pendingTaskReminders) });
    this.restoration.register({ name: 'automation firing', restore: () => this.readd(unsettledAutomationFirings) });
  }

  private async readd(pending: PendingJobs): Promise<number> {
    let added = 0;
    let after: string | null = null;
    do {
      // A reactor whose projection has not started yet has no tables, and so nothing dispatched.
      const page: Page = await orNothingYet(pending(this.db, { after, limit: PAGE }), { jobs: [], last: null });
      for (const job of page.jobs) {
        await this.queue.add(job.name as JobName, job.payload as never, { jobId: job.key, runAt: job.runAt ?? undefined });
      }
      added += page.jobs.length;
      after = page.last;
    } while (after !== null);
    return added;
  }
}
