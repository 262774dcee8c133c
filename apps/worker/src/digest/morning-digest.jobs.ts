import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import { MorningDigestService } from './morning-digest.service.js';

@Injectable()
export class MorningDigestJobs {
  constructor(private readonly digests: MorningDigestService) {}

  @OnJob(JobName.MorningDigest)
  send({ asOf }: JobPayload<JobName.MorningDigest>) {
    return this.digests.send(asOf === undefined ? undefined : new Date(asOf));
  }
}
