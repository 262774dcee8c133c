import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { CampaignSendService } from './campaign-send.service.js';

@Injectable()
export class CampaignJobs {
  constructor(private readonly sends: CampaignSendService) {}

  @OnJob(JobName.CampaignTarget)
  target(payload: JobPayload<JobName.CampaignTarget>) {
    return this.sends.target(payload);
  }

  @OnJob(JobName.CampaignChunk)
  sendChunk(payload: JobPayload<JobName.CampaignChunk>, job: Job) {
    return this.sends.sendChunk(payload, job);
  }
}
