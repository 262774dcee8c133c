import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import { LeadFollowUpService } from './lead-follow-up.service.js';

@Injectable()
export class LeadFollowUpJobs {
  constructor(private readonly followUps: LeadFollowUpService) {}

  @OnJob(JobName.StartLeadFollowUp)
  start(payload: JobPayload<JobName.StartLeadFollowUp>) {
    return this.followUps.start(payload);
  }

  @OnJob(JobName.FollowUpDue)
  checkDue(payload: JobPayload<JobName.FollowUpDue>) {
    return this.followUps.checkDue(payload);
  }

  @OnJob(JobName.FollowUpReassign)
  reassign(payload: JobPayload<JobName.FollowUpReassign>) {
    return this.followUps.reassign(payload);
  }
}
