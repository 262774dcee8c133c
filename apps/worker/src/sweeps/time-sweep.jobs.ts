import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import { TimeSweepService } from './time-sweep.service.js';

@Injectable()
export class TimeSweepJobs {
  constructor(private readonly sweeps: TimeSweepService) {}

  @OnJob(JobName.TimeSweep)
  sweep({ asOf }: JobPayload<JobName.TimeSweep>) {
    return this.sweeps.sweep(asOf === undefined ? undefined : new Date(asOf));
  }
}
