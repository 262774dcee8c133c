import { Module } from '@nestjs/common';
import { WebhookStore } from '#crm/webhooks';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

@Module({ controllers: [WebhooksController], providers: [WebhooksService, WebhookStore] })
export class WebhooksModule {}
