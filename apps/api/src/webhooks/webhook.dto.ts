import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CampaignIdParams } from '../campaigns/campaign-id.params.js';

// Documentation of the answers (OpenAPI); the values come from WebhooksService.

export class WebhookCreatedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'https://hooks.example.com/crm' })
  url: string;

  @ApiProperty({ type: [String], example: ['PurchaseMade', 'CustomerRegistered'] })
  eventTypes: string[];

  @ApiProperty({ description: 'Verifies X-CRM-Signature; shown in this answer only', example: '5f2b…' })
  secret: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ example: 'PurchaseMade' })
  eventType: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'parked'], description: 'parked: given up after the last retry' })
  status: string;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ type: Number, nullable: true, description: "The subscriber's last HTTP status", example: 200 })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class WebhookDeliveriesDto {
  @ApiProperty({ format: 'uuid' })
  subscriptionId: string;

  @ApiProperty({ type: [WebhookDeliveryDto] })
  deliveries: WebhookDeliveryDto[];
}

export class DeliveryParams extends CampaignIdParams {
  @ApiProperty({ format: 'uuid', description: 'The eventId of the delivery', example: '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11' })
  @IsUUID('all', { message: 'must be a UUID' })
  deliveryId: string;
}
