import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { AutomationFiringService } from './automation-firing.service.js';

@Injectable()
export class AutomationJobs {
  constructor(private readonly firings: AutomationFiringService) {}

  @OnJob(JobName.AutomationFire)
  fire(payload: JobPayload<JobName.AutomationFire>, job: Job) {
    return this.firings.fire(payload, { job });
  }
}
