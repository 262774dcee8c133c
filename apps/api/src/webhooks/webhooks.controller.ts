import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { CampaignIdParams as WebhookIdParams } from '../campaigns/campaign-id.params.js';
import { CreateWebhookDto } from './create-webhook.dto.js';
import { WebhookCreatedDto, WebhookDeliveriesDto } from './webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('webhooks')
@Roles('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a URL to event types; deliveries are signed with the secret in the answer (shown once)' })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  create(@Body() body: CreateWebhookDto, @CurrentActor() actor: Actor): Promise<WebhookCreatedDto> {
    return this.webhooks.create(body, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Every delivery to the subscription with its outcome: pending, delivered or parked' })
  @ApiOkResponse({ type: WebhookDeliveriesDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  deliveries(@Param() { id }: WebhookIdParams) {
    return this.webhooks.deliveries(id.toLowerCase());
  }
}
