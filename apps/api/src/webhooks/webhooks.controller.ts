import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { CampaignIdParams as WebhookIdParams } from '../campaigns/campaign-id.params.js';
import { CreateWebhookDto } from './create-webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('webhooks')
@Roles('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a URL to event types; deliveries are signed with the secret in the answer (shown once)' })
  create(@Body() body: CreateWebhookDto, @CurrentActor() actor: Actor) {
    return this.webhooks.create(body, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Every delivery to the subscription with its outcome: pending, delivered or parked' })
  deliveries(@Param() { id }: WebhookIdParams) {
    return this.webhooks.deliveries(id.toLowerCase());
  }
}
