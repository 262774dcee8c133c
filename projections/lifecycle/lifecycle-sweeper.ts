import { Inject, Injectable } from '@nestjs/common';
import { defaultLifecycleRules } from '#crm/domain';
import { ProjectionRunner } from '#crm/projection-runner';
import { READ_DB } from '#crm/read-store';
import type { Kysely, Transaction } from 'kysely';
import { PeriodicSweeper } from '../shared/periodic-sweeper.js';
import { sweepLifecycleLapses } from './lifecycle-sweep.js';

/** Moves customers whom time alone has moved (lapses), periodically, in the process running the lifecycle projection. */
@Injectable()
export class LifecycleSweeper extends PeriodicSweeper {
  constructor(@Inject(READ_DB) db: Kysely<any>, runner: ProjectionRunner) {
    super(db, runner, {
      projection: 'lifecycle',
      logger: 'LifecycleSweeper',
      changed: (moved) => `lifecycle: ${moved} customers moved by lapse`,
      failure: 'lifecycle sweep',
    });
  }

  protected sweepIn(trx: Transaction<any>, schema: string, now: Date): Promise<number> {
    return sweepLifecycleLapses(trx, schema, now, defaultLifecycleRules);
  }
}
