import { Module } from '@nestjs/common';
import { CampaignStore } from '#crm/campaigns';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';

@Module({ controllers: [CampaignsController], providers: [CampaignsService, CampaignStore] })
export class CampaignsModule {}
