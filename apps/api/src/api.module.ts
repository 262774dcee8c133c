import { Module } from '@nestjs/common';
import { AuthModule } from '#crm/auth';
import { READ_DB } from '#crm/read-store';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { FollowUpsModule } from './followups/followups.module.js';
import { HealthModule } from './health/health.module.js';
import { CustomersModule } from './customers/customers.module.js';
import { LeadsModule } from './leads/leads.module.js';
import { OpportunitiesModule } from './opportunities/opportunities.module.js';
import { ReadModelsModule } from './projections/read-models.module.js';
import { SegmentsModule } from './segments/segments.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { StaffModule } from './staff/staff.module.js';

/** The HTTP features behind the API key guard: add a feature module to `imports`. */
@Module({
  imports: [
    AuthModule.forRoot({ database: { useExisting: READ_DB } }),
    AnalyticsModule,
    HealthModule,
    CustomersModule,
    StaffModule,
    OpportunitiesModule,
    LeadsModule,
    ComplianceModule,
    SegmentsModule,
    ReadModelsModule,
    FollowUpsModule,
    CampaignsModule,
    WebhooksModule,
    ExportsModule,
  ],
})
export class ApiModule {}
