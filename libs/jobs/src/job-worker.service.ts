import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { CrmConfig } from '#crm/config';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JOBS_QUEUE } from './job-names.js';
import { JobsPrefix } from './jobs-prefix.js';

const CONCURRENCY = 8;

/**
 * Runs the queue's jobs in this process. Its connection waits for Redis (offline queue on) rather
 * than failing. A job whose worker died is found by BullMQ's stalled check once the lock
 * (JOBS_LOCK_SECONDS) lapses, and runs again; handlers are idempotent, so that is safe.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly config: CrmConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly prefix: JobsPrefix,
  ) {}

  onApplicationBootstrap(): void {
    const connection = (this.connection = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 500, 5_000) }));
    connection.on('error', () => undefined); // RedisAvailability reports outages once; this one just reconnects
    this.worker = new Worker(JOBS_QUEUE, (job) => this.registry.run(job), {
      connection,
      prefix: this.prefix.value,
      concurrency: CONCURRENCY,
      lockDuration: this.config.jobsLockSeconds * 1000,
      stalledInterval: this.config.jobsLockSeconds * 1000,
      // Each job then names the process running it (processedBy): which worker to look at when one is stuck.
      name: `${hostname()}:${process.pid}`,
    });
    this.worker.on('error', () => undefined);
    this.worker.on('failed', (job, error) => job && this.logger.warn(`job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
