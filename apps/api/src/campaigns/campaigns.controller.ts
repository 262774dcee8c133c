import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { RequiresJobs } from '#crm/jobs';
import { CampaignIdParams } from './campaign-id.params.js';
import { CampaignsService, type CampaignView } from './campaigns.service.js';
import { CreateCampaignDto } from './create-campaign.dto.js';

@ApiTags('campaigns')
@Controller('campaigns')
@Roles('operator')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @HttpCode(202)
  @RequiresJobs()
  @ApiOperation({ summary: 'Send a promotion to the members of a segment: one PromotionSent and one message per consenting member' })
  @ApiAcceptedResponse({ description: 'The campaign with its progress; follow it at GET /campaigns/{id}' })
  @ApiServiceUnavailableResponse({ description: 'jobs unavailable: Redis is unreachable' })
  create(@Body() body: CreateCampaignDto, @CurrentActor() actor: Actor): Promise<CampaignView> {
    return this.campaigns.create(body, actor);
  }

  @Get(':id')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'A campaign and its progress: targeted, sent, skipped (no consent), failed, pending' })
  get(@Param() { id }: CampaignIdParams): Promise<CampaignView> {
    return this.campaigns.get(id.toLowerCase());
  }
}
