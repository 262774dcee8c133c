import { Module } from '@nestjs/common';
import { ProjectionRunner } from '#crm/projection-runner';
import { LifecycleSweeper, SegmentSweeper } from '#crm/projections';
import { TimeSweepJobs } from './time-sweep.jobs.js';
import { TimeSweepScheduler } from './time-sweep.scheduler.js';
import { TimeSweepService } from './time-sweep.service.js';

/**
 * The sweepers' own timers sweep only where a runner says its projection is live; here no runner
 * runs, so they never sweep on their own and move customers only when the job asks.
 */
const noRunnerHere = { stateOf: () => 'stopped' };

@Module({
  providers: [TimeSweepJobs, TimeSweepService, TimeSweepScheduler, LifecycleSweeper, SegmentSweeper, { provide: ProjectionRunner, useValue: noRunnerHere }],
})
export class TimeSweepModule {}
