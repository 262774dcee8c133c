import { Module } from '@nestjs/common';
import { AuthModule, type RateLimitPolicy, type SessionPolicy } from '#crm/auth';
import { JobsPrefix, RedisAvailability } from '#crm/jobs';
import { CrmConfig } from '#crm/config';
import { READ_DB } from '#crm/read-store';
import { RecordAccessModule } from './access/record-access.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { ConsistencyModule } from './consistency/consistency.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { DuplicatesModule } from './duplicates/duplicates.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { ForecastFitsModule, ForecastModule } from './forecast/forecast.module.js';
import { SignalsModule } from './signals/signals.module.js';
import { FollowUpsModule } from './followups/followups.module.js';
import { HealthModule } from './health/health.module.js';
import { CustomersModule } from './customers/customers.module.js';
import { LeadsModule } from './leads/leads.module.js';
import { OpportunitiesModule } from './opportunities/opportunities.module.js';
import { PipelineModule } from './pipeline/pipeline.module.js';
import { AutomationsModule } from './automations/automations.module.js';
import { AssignmentRulesModule } from './assignment-rules/assignment-rules.module.js';
import { ReadModelsModule } from './projections/read-models.module.js';
import { SegmentsModule } from './segments/segments.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { StaffModule } from './staff/staff.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { UsersModule } from './users/users.module.js';

/** The HTTP features behind the auth guard (API key or session): add a feature module to `imports`. */
@Module({
  imports: [
    AuthModule.forRoot({
      database: { useExisting: READ_DB },
      sessions: {
        useFactory: (config: CrmConfig): SessionPolicy => ({
          idleMs: config.sessionIdleMinutes * 60_000,
          absoluteMs: config.sessionMaxAgeHours * 3600_000,
        }),
        inject: [CrmConfig],
      },
      rateLimit: {
        useFactory: (config: CrmConfig, redis: RedisAvailability, jobsPrefix: JobsPrefix): RateLimitPolicy => ({
          limit: config.rateLimitPerMinute,
          windowMs: 60_000,
          // the queue's prefix, resolved once the app has started: before any request is counted
          get prefix() {
            return jobsPrefix.value;
          },
          redis: () => (redis.isAvailable() ? redis.connection : null),
        }),
        inject: [CrmConfig, RedisAvailability, JobsPrefix],
      },
    }),
    RecordAccessModule,
    ConsistencyModule,
    AnalyticsModule,
    HealthModule,
    CustomersModule,
    StaffModule,
    UsersModule,
    ApiKeysModule,
    OpportunitiesModule,
    PipelineModule,
    AssignmentRulesModule,
    LeadsModule,
    ComplianceModule,
    SegmentsModule,
    ReadModelsModule,
    FollowUpsModule,
    CampaignsModule,
    WebhooksModule,
    ExportsModule,
    TasksModule,
    NotificationsModule,
    DuplicatesModule,
    ForecastModule,
    ForecastFitsModule,
    SignalsModule,
    AutomationsModule,
  ],
})
export class ApiModule {}
