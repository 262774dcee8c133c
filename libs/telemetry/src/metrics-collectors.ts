import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { JobQueue } from '#crm/jobs';
import { ProjectionStatusService } from '#crm/projection-runner';
import { poolOf, READ_DB, type ReadDatabase } from '#crm/read-store';
import { CrmMetrics } from './crm-metrics.js';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/**
 * The gauges read at scrape time, each from what this app has: projection status (api,
 * projector), the job queue (api, worker), the read store's pool and the seals (all). A source that is down
 * (Redis) leaves its series out of that scrape rather than failing the others.
 */
@Injectable()
export class MetricsCollectors implements OnModuleInit {
  constructor(
    private readonly metrics: CrmMetrics,
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    @Optional() private readonly projections?: ProjectionStatusService,
    @Optional() private readonly jobs?: JobQueue,
  ) {}

  onModuleInit(): void {
    this.poolGauges();
    this.sealGauges();
    if (this.projections) this.projectionGauges(this.projections);
    if (this.jobs) this.queueGauges(this.jobs);
  }

  private poolGauges(): void {
    const pool = poolOf(this.db);
    if (!pool) return;
    this.metrics.gauge('crm_db_pool_connections', 'Read-store pool connections: total open, idle, and requests waiting for one', ['state'], (gauge) => {
      gauge.set({ state: 'total' }, pool.totalCount);
      gauge.set({ state: 'idle' }, pool.idleCount);
      gauge.set({ state: 'waiting' }, pool.waitingCount);
    });
    this.metrics.gauge('crm_db_pool_max_connections', 'Read-store pool size limit', [], (gauge) => gauge.set(pool.options.max));
  }

  /** Read from the seals' table, so every app reports it whichever process seals. */
  private sealGauges(): void {
    this.metrics.gauge('crm_seal_age_seconds', 'Seconds since the last signed seal, by log (events, access); absent until a log is first sealed', ['log'], async (gauge) => {
      const rows = await this.db.selectFrom('audit_seal').select(['log', (eb) => eb.fn.max('sealed_at').as('last')]).groupBy('log').execute();
      for (const { log, last } of rows) gauge.set({ log }, (Date.now() - new Date(last).getTime()) / 1000);
    });
  }

  private projectionGauges(projections: ProjectionStatusService): void {
    this.metrics.gauge('crm_projection_lag_events', 'Events of its types not yet applied, by projection', ['projection'], async (gauge) => {
      for (const status of await projections.list()) gauge.set({ projection: status.name }, status.lagEvents);
    });
    this.metrics.gauge('crm_projection_lag_milliseconds', 'Age of the oldest unapplied event, by projection (0 when caught up)', ['projection'], async (gauge) => {
      for (const status of await projections.list()) gauge.set({ projection: status.name }, status.lagMs);
    });
  }

  private queueGauges(jobs: JobQueue): void {
    this.metrics.gauge('crm_jobs', 'Jobs by queue and state (failed: failed for good, kept 30 days)', ['queue', 'state'], async (gauge) => {
      const queue = jobs.bullQueue();
      const counts = await queue.getJobCounts(...JOB_STATES).catch(() => undefined);
      for (const state of JOB_STATES) if (counts) gauge.set({ queue: queue.name, state }, counts[state] ?? 0);
    });
    this.metrics.gauge('crm_jobs_oldest_waiting_seconds', 'Age of the oldest job waiting to run, by queue (0 when none waits)', ['queue'], async (gauge) => {
      const queue = jobs.bullQueue();
      const oldest = await queue.getJobs(['waiting'], 0, 0, true).catch(() => undefined);
      if (oldest) gauge.set({ queue: queue.name }, oldest[0] ? (Date.now() - oldest[0].timestamp) / 1000 : 0);
    });
  }
}
