import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { projectionSchema, ProjectionRunner } from '@crm/projection-runner';
import { READ_DB } from '@crm/read-store';
import { SEGMENTS, segmentsProjection } from './segments.projection.js';

const SWEEP_EVERY_MS = 60_000;
/** An append recorded just before `now` may not be readable yet: sweeps stay this far behind the clock. */
const SETTLE_MS = 60_000;

/** Re-evaluates time-relative segments periodically, in the process that runs the segments projection. */
@Injectable()
export class SegmentSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SegmentSweeper');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(READ_DB) private readonly db: Kysely<any>,
    private readonly runner: ProjectionRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepIfLeading(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Entries and exits due at `now`; returns how many there were. A later job may call it too. */
  sweep(now: Date): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      // Runner batches and rebuild swaps hold this row while they write: a sweep never interleaves with them.
      await sql`select 1 from projection_checkpoint where name = ${SEGMENTS} for update`.execute(trx);
      return segmentsProjection.sweep(trx, projectionSchema(SEGMENTS), now);
    });
  }

  private async sweepIfLeading(): Promise<void> {
    if (this.running || this.runner.stateOf(SEGMENTS) !== 'live') return;
    this.running = this.sweep(new Date(Date.now() - SETTLE_MS))
      .then((moved) => moved > 0 && this.logger.log(`segments: ${moved} entries and exits by time`))
      .catch((error: unknown) => this.logger.warn(`segment sweep failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
