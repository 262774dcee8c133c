import { Module } from '@nestjs/common';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookJobs } from './webhook.jobs.js';
import { WebhookStore } from './webhook.store.js';

/** The delivering side, imported by the worker. */
@Module({ providers: [WebhookJobs, WebhookDeliveryService, WebhookStore] })
export class WebhookJobsModule {}
