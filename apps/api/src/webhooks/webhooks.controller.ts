import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequiresJobs } from '#crm/jobs';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { CampaignIdParams as WebhookIdParams } from '../campaigns/campaign-id.params.js';
import { CreateWebhookDto, WebhookListDto } from './create-webhook.dto.js';
import { DeliveryParams, WebhookCreatedDto, WebhookDeliveriesDto, WebhookDeliveryDto } from './webhook.dto.js';
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

  @Get()
  @ApiOperation({ summary: 'Every subscription with its URL and event types (never its secret)' })
  @ApiOkResponse({ type: WebhookListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(): Promise<WebhookListDto> {
    return this.webhooks.list();
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Unsubscribe: no more deliveries, queued ones included; its delivery records are removed' })
  @ApiNoContentResponse()
  @ApiErrors([400, 401, 403, 404, 429, 503])
  delete(@Param() { id }: WebhookIdParams): Promise<void> {
    return this.webhooks.delete(id.toLowerCase());
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Every delivery to the subscription with its outcome: pending, delivered or parked' })
  @ApiOkResponse({ type: WebhookDeliveriesDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  deliveries(@Param() { id }: WebhookIdParams) {
    return this.webhooks.deliveries(id.toLowerCase());
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresJobs()
  @ApiOperation({
    summary:
      'Send a delivered or parked event again (deliveryId: its eventId in the deliveries list), as first sent, with a fresh round of retries; 409 while it is still pending',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto, description: 'The delivery, pending again' })
  @ApiErrors([400, 401, 403, 404, 409, 429])
  redeliver(@Param() { id, deliveryId }: DeliveryParams) {
    return this.webhooks.redeliver(id.toLowerCase(), deliveryId.toLowerCase());
  }
}
