import { Inject, Injectable } from '@nestjs/common';
import type { Kysely, Transaction } from 'kysely';
import { ProjectionRunner } from '#crm/projection-runner';
import { READ_DB } from '#crm/read-store';
import { PeriodicSweeper } from '../shared/periodic-sweeper.js';
import { SEGMENTS, segmentsProjection } from './segments.projection.js';

/** Re-evaluates time-relative segments periodically, in the process that runs the segments projection. */
@Injectable()
export class SegmentSweeper extends PeriodicSweeper {
  constructor(@Inject(READ_DB) db: Kysely<any>, runner: ProjectionRunner) {
    super(db, runner, {
      projection: SEGMENTS,
      logger: 'SegmentSweeper',
      changed: (count) => `segments: ${count} entries and exits by time`,
      failure: 'segment sweep',
    });
  }

  protected sweepIn(trx: Transaction<any>, schema: string, now: Date): Promise<number> {
    return segmentsProjection.sweep(trx, schema, now);
  }
}
