import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { projectionSchema } from '#crm/projection-runner';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { JobOutboxTables } from './job-outbox.js';
import { JobQueue } from './job-queue.service.js';
import type { JobName } from './job-names.js';
import { RedisAvailability } from './redis-availability.service.js';

/** The reactor projections whose job_outbox the dispatcher drains. */
export const REACTOR_OUTBOXES = Symbol('ReactorOutboxes');

const POLL_MS = 250;
const BATCH = 200;

type OutboxRow = { key: string; name: string; payload: unknown; run_at: Date | null };

/**
 * Moves outbox rows into BullMQ, oldest first. A row is marked only after BullMQ took it, so a
 * crash in between re-adds it under the same jobId, which BullMQ drops. While Redis is down rows
 * simply wait: nothing is lost, the next poll after Redis returns picks them up.
 */
@Injectable()
export class JobOutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobOutbox');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    @Inject(REACTOR_OUTBOXES) private readonly reactors: string[],
    private readonly queue: JobQueue,
    private readonly redis: RedisAvailability,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Dispatches everything pending now; returns how many rows moved. */
  async dispatchPending(): Promise<number> {
    let moved = 0;
    for (const reactor of this.reactors) moved += await this.dispatchFrom(projectionSchema(reactor));
    return moved;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule());
    }, POLL_MS);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (!this.redis.isAvailable()) return;
    await this.dispatchPending().catch((error: unknown) => this.logger.warn(`dispatch failed: ${(error as Error)?.message ?? String(error)}`));
  }

  private outbox(schema: string): Kysely<JobOutboxTables> {
    return this.db.withSchema(schema).withTables<JobOutboxTables>();
  }

  private async dispatchFrom(schema: string): Promise<number> {
    const rows = await this.pendingRows(schema);
    for (const row of rows) {
      await this.queue.add(row.name as JobName, row.payload as never, { jobId: row.key, runAt: row.run_at ?? undefined });
      await this.outbox(schema).updateTable('job_outbox').set({ dispatched_at: new Date() }).where('key', '=', row.key).execute();
    }
    return rows.length;
  }

  private async pendingRows(schema: string): Promise<OutboxRow[]> {
    // The reactor has not created its tables yet (its projection has not started): nothing to move.
    return orNothingYet(this.outbox(schema).selectFrom('job_outbox').select(['key', 'name', 'payload', 'run_at']).where('dispatched_at', 'is', null).orderBy('seq').limit(BATCH).execute(), []);
  }
}
