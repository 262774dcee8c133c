import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { TransportModule } from '#crm/transport';
import { CampaignRecovery } from './campaign-recovery.service.js';
import { CampaignSendService } from './campaign-send.service.js';
import { CampaignStore } from './campaign.store.js';
import { CampaignJobs } from './campaign.jobs.js';
import { MarketingPressureModule } from './marketing-pressure.js';

/** The sending side, imported by the worker. */
@Module({ imports: [CommandsModule, TransportModule, MarketingPressureModule], providers: [CampaignJobs, CampaignSendService, CampaignStore, CampaignRecovery] })
export class CampaignJobsModule {}
