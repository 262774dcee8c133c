import { Injectable } from '@nestjs/common';
import { isLastAttempt, JobName, OnJob, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { ExportJobsService } from './export-jobs.service.js';

/** A failure on the last try marks the export failed, so GET /exports/:id says why. */
@Injectable()
export class ExportJobs {
  constructor(private readonly exports: ExportJobsService) {}

  @OnJob(JobName.AnalyticsExport)
  analyticsTable(payload: JobPayload<JobName.AnalyticsExport>, job: Job) {
    return this.finalFailureRecorded(payload.exportId, job, () => this.exports.analyticsTable(payload, job));
  }

  @OnJob(JobName.ProjectionRebuild)
  rebuild(payload: JobPayload<JobName.ProjectionRebuild>, job: Job) {
    return this.finalFailureRecorded(payload.exportId, job, () => this.exports.rebuild(payload, job));
  }

  @OnJob(JobName.PersonDataExport)
  personData(payload: JobPayload<JobName.PersonDataExport>, job: Job) {
    return this.finalFailureRecorded(payload.exportId, job, () => this.exports.personData(payload, job));
  }

  private async finalFailureRecorded<T>(exportId: string, job: Job, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isLastAttempt(job)) await this.exports.failed(exportId, error as Error);
      throw error;
    }
  }
}
