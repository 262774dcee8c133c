import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type Job, type JobsOptions } from 'bullmq';
import { CrmConfig } from '#crm/config';
import { JobName, JOBS_QUEUE, type JobPayload } from './job-names.js';
import { RedisAvailability } from './redis-availability.service.js';

/** Retried with backoff (1 s, 2 s, 4 s...); kept a while after the end so a re-added jobId is still recognised. */
export const defaultJobOptions: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Where a job's retry schedule differs from the default. */
const jobOptionsByName: Partial<Record<JobName, JobsOptions>> = {
  // A subscriber that is down gets five tries over about fifteen seconds, then the delivery is parked.
  [JobName.WebhookDeliver]: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
};

export type AddJobOptions = {
  /** Names the job: adding it again while the first is kept is a no-op (BullMQ drops duplicates). */
  jobId: string;
  runAt?: Date;
};

/**
 * The producer side of the queue. Uses the availability connection, which fails at once while
 * Redis is down (no offline queue): a caller learns there and then that the job was not added.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private queue: Queue | undefined;

  constructor(
    private readonly config: CrmConfig,
    private readonly redis: RedisAvailability,
  ) {}

  add<N extends JobName>(name: N, payload: JobPayload<N>, { jobId, runAt }: AddJobOptions): Promise<Job> {
    const delay = runAt ? Math.max(0, runAt.getTime() - Date.now()) : undefined;
    return this.bullQueue().add(name, payload, { ...defaultJobOptions, ...jobOptionsByName[name], jobId: safeJobId(jobId), delay });
  }

  /** For progress and outcome pages; undefined when the job is unknown (or long removed). */
  async get(jobId: string): Promise<Job | undefined> {
    return (await this.bullQueue().getJob(safeJobId(jobId))) ?? undefined;
  }

  bullQueue(): Queue {
    this.queue ??= new Queue(JOBS_QUEUE, { connection: this.redis.connection, prefix: this.config.jobsPrefix });
    return this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}

/** BullMQ refuses ':' in custom ids (it separates its own keys) and ids that look like integers. */
export function safeJobId(key: string): string {
  return key.replaceAll(':', '.');
}
