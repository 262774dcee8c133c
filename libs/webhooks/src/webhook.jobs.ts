import { Injectable } from '@nestjs/common';
import { JobName, OnJob, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { WebhookDeliveryService } from './webhook-delivery.service.js';

@Injectable()
export class WebhookJobs {
  constructor(private readonly deliveries: WebhookDeliveryService) {}

  @OnJob(JobName.WebhookDeliver)
  deliver(payload: JobPayload<JobName.WebhookDeliver>, job: Job) {
    return this.deliveries.deliver(payload, job);
  }
}
