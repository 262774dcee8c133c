import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsIn, IsUrl } from 'class-validator';
import { webhooksProjection } from '#crm/projections';

export const webhookEventTypes = webhooksProjection.eventTypes;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.example.com/crm' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL' })
  url: string;

  @ApiProperty({ example: ['LeadCaptured', 'FollowUpOverdue'], description: 'The event types to receive' })
  @IsArray({ message: 'must be a non-empty list of event types' })
  @ArrayNotEmpty({ message: 'must be a non-empty list of event types' })
  @IsIn(webhookEventTypes, { each: true, message: 'must list known event types only' })
  eventTypes: string[];
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'https://hooks.example.com/crm' })
  url: string;

  @ApiProperty({ example: ['LeadCaptured'] })
  eventTypes: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class WebhookListDto {
  @ApiProperty({ type: [WebhookDto] })
  webhooks: WebhookDto[];

  @ApiProperty({ description: 'The event types a subscription may name', example: ['LeadCaptured', 'FollowUpOverdue'] })
  eventTypes: string[];
}
