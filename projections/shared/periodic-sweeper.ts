import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { projectionSchema, type ProjectionRunner } from '#crm/projection-runner';
import { sql, type Kysely, type Transaction } from 'kysely';

const SWEEP_EVERY_MS = 60_000;
/**
 * Sweeps stop this far behind the clock: an append recorded just before `now` may not be readable
 * yet, and a sweep must not pass an event the projection has still to learn.
 */
const SETTLE_MS = 60_000;

export interface PeriodicSweep {
  /** The projection whose tables the sweep writes: it sweeps only while that projection is live here. */
  projection: string;
  logger: string;
  /** The log line for a sweep that changed something. */
  changed: (count: number) => string;
  /** Names the sweep in the warning when one fails. */
  failure: string;
}

/** Applies what time alone changes to a projection, periodically, in the process running that projection. */
export abstract class PeriodicSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  protected constructor(
    private readonly db: Kysely<any>,
    private readonly runner: ProjectionRunner,
    private readonly how: PeriodicSweep,
  ) {
    this.logger = new Logger(how.logger);
  }

  /** The changes due at `now`, written inside the transaction holding the projection's checkpoint row. */
  protected abstract sweepIn(trx: Transaction<any>, schema: string, now: Date): Promise<number>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepIfLeading(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Writes the changes due at `now`; returns how many there were. A later job may call it too. */
  sweep(now: Date): Promise<number> {
    const { projection } = this.how;
    return this.db.transaction().execute(async (trx) => {
      // Runner batches and rebuild swaps hold this row while they write: a sweep never interleaves with them.
      await sql`select 1 from projection_checkpoint where name = ${projection} for update`.execute(trx);
      return this.sweepIn(trx, projectionSchema(projection), now);
    });
  }

  private async sweepIfLeading(): Promise<void> {
    if (this.running || this.runner.stateOf(this.how.projection) !== 'live') return;
    this.running = this.sweep(new Date(Date.now() - SETTLE_MS))
      .then((count) => count > 0 && this.logger.log(this.how.changed(count)))
      .catch((error: unknown) => this.logger.warn(`${this.how.failure} failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
