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
