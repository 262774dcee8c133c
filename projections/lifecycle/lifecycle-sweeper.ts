import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { defaultLifecycleRules } from '@crm/domain';
import { projectionSchema, ProjectionRunner } from '@crm/projection-runner';
import { READ_DB } from '@crm/read-store';
import { sql, type Kysely } from 'kysely';
import { sweepLifecycleLapses } from './lifecycle-sweep.js';

const SWEEP_EVERY_MS = 60_000;
/**
 * Sweeps stop this far behind the clock: an append recorded just before `now` may not be readable
 * yet, and a sweep must not pass an event the projection has still to learn.
 */
const SETTLE_MS = 60_000;

/** Moves customers whom time alone has moved (lapses), periodically, in the process running the lifecycle projection. */
@Injectable()
export class LifecycleSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LifecycleSweeper');
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

  /** Writes the lapses due at `now`; returns how many customers moved. */
  sweep(now: Date): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      // Runner batches and rebuild swaps hold this row while they write: a sweep never interleaves with them.
      await sql`select 1 from projection_checkpoint where name = 'lifecycle' for update`.execute(trx);
      return sweepLifecycleLapses(trx, projectionSchema('lifecycle'), now, defaultLifecycleRules);
    });
  }

  private async sweepIfLeading(): Promise<void> {
    if (this.running || this.runner.stateOf('lifecycle') !== 'live') return;
    this.running = this.sweep(new Date(Date.now() - SETTLE_MS))
      .then((moved) => moved > 0 && this.logger.log(`lifecycle: ${moved} customers moved by lapse`))
      .catch((error: unknown) => this.logger.warn(`lifecycle sweep failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
