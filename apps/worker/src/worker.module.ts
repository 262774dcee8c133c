import { Module } from '@nestjs/common';
import { JobWorkerModule } from '@crm/jobs';
import { CampaignJobsModule } from '../../api/src/campaigns/campaign-jobs.module.js';
import { WebhookJobsModule } from '../../api/src/webhooks/webhook-jobs.module.js';
import { ExportJobsModule } from '../../api/src/exports/export-jobs.module.js';
import { LeadFollowUpModule } from './followups/lead-follow-up.module.js';
import { TimeSweepModule } from './sweeps/time-sweep.module.js';

/** The reactor projections (run by the projector) whose job outboxes this worker dispatches. */
export const reactorProjections = ['followups', 'webhooks'];

/** BullMQ workers and reactors: add their modules here. Redis comes from JobsModule. */
@Module({ imports: [JobWorkerModule.register({ reactors: reactorProjections }), LeadFollowUpModule, TimeSweepModule, CampaignJobsModule, WebhookJobsModule, ExportJobsModule] })
export class WorkerModule {}
