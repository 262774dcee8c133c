import { Module } from '@nestjs/common';
import { JobWorkerModule } from '#crm/jobs';
import { CampaignJobsModule } from '#crm/campaigns';
import { WebhookJobsModule } from '#crm/webhooks';
import { ExportJobsModule } from '#crm/exports';
import { LeadFollowUpModule } from './followups/lead-follow-up.module.js';
import { TimeSweepModule } from './sweeps/time-sweep.module.js';
import { TaskReminderModule } from './tasks/task-reminder.module.js';
import { MorningDigestModule } from './digest/morning-digest.module.js';
import { MorningDigestScheduler } from './digest/morning-digest.scheduler.js';
import { ForecastFitModule } from './forecast/forecast-fit.module.js';
import { ForecastFitScheduler } from './forecast/forecast-fit.scheduler.js';
import { AutomationModule } from './automations/automation.module.js';
import { PendingJobsReconciler } from './restore/pending-jobs.reconciler.js';

/** The reactor projections (run by the projector) whose job outboxes this worker dispatches. */
export const reactorProjections = ['followups', 'webhooks', 'tasks', 'automations'];

/** BullMQ workers and reactors: add their modules here. Redis comes from JobsModule. */
@Module({
  imports: [
    JobWorkerModule.register({ reactors: reactorProjections }),
    LeadFollowUpModule,
    TimeSweepModule,
    CampaignJobsModule,
    WebhookJobsModule,
    ExportJobsModule,
    TaskReminderModule,
    MorningDigestModule,
    ForecastFitModule,
    AutomationModule,
  ],
  // Beside the reconciler: both register with the JobsRestoration this module's JobWorkerModule provides.
  providers: [PendingJobsReconciler, MorningDigestScheduler, ForecastFitScheduler],
})
export class WorkerModule {}
