import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { AutomationFiringService } from './automation-firing.service.js';
import { AutomationSweepService } from './automation-sweep.service.js';

@Injectable()
export class AutomationJobs {
  constructor(
    private readonly firings: AutomationFiringService,
    private readonly sweeps: AutomationSweepService,
  ) {}

  @OnJob(JobName.AutomationFire)
  fire(payload: JobPayload<JobName.AutomationFire>, job: Job) {
    return this.firings.fire(payload, { job });
  }

  @OnJob(JobName.AutomationSweep)
  sweep(payload: JobPayload<JobName.AutomationSweep>) {
    return this.sweeps.sweep(payload.asOf ? new Date(payload.asOf) : undefined);
  }
}
