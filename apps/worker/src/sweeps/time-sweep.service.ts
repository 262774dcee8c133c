import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { ProjectionStatusService } from '#crm/projection-runner';
import { LifecycleSweeper, lifecycleProjection, SegmentSweeper, segmentsProjection } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';

/** An append recorded just before now may not be readable yet: a sweep stays this far behind the clock (as the projector's do). */
const SETTLE_MS = 60_000;

export type TimeSweepResult = { lifecycle: number | 'skipped'; segments: number | 'skipped' };

/**
 * Moves customers whom time alone has moved — a lead or customer lapsing to lost, a segment
 * entered or left by time — without waiting for a new touch. A projection is swept only while it
 * is live and caught up: a sweep ahead of the events it has still to apply would judge without them.
 */
@Injectable()
export class TimeSweepService {
  private readonly status: ProjectionStatusService;

  constructor(
    @Inject(READ_DB) db: Kysely<any>,
    @Inject(EVENT_STORE) store: EventStore,
    private readonly lifecycle: LifecycleSweeper,
    private readonly segments: SegmentSweeper,
  ) {
    this.status = new ProjectionStatusService({ store, db, projections: [lifecycleProjection, segmentsProjection] });
  }

  async sweep(asOf = new Date(Date.now() - SETTLE_MS)): Promise<TimeSweepResult> {
    return {
      lifecycle: (await this.caughtUp(lifecycleProjection.name)) ? await this.lifecycle.sweep(asOf) : 'skipped',
      segments: (await this.caughtUp(segmentsProjection.name)) ? await this.segments.sweep(asOf) : 'skipped',
    };
  }

  private async caughtUp(name: string): Promise<boolean> {
    const status = await this.status.get(name);
    return status.state === 'live' && status.lagEvents === 0;
  }
}
