import { Module } from '@nestjs/common';
import { CommandsModule } from '@crm/commands';
import { TransportModule } from '@crm/transport';
import { CampaignSendService } from './campaign-send.service.js';
import { CampaignStore } from './campaign.store.js';
import { CampaignJobs } from './campaign.jobs.js';

/** The sending side, imported by the worker. */
@Module({ imports: [CommandsModule, TransportModule], providers: [CampaignJobs, CampaignSendService, CampaignStore] })
export class CampaignJobsModule {}
