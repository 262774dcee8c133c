import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import type { CreateWebhookDto } from './create-webhook.dto.js';
import { WebhookStore, type WebhookDelivery } from '#crm/webhooks';
import { NotFoundError } from '#crm/domain';

@Injectable()
export class WebhooksService {
  constructor(private readonly store: WebhookStore) {}

  /** The secret is shown in this answer only: subscribers verify X-CRM-Signature with it. */
  async create(dto: CreateWebhookDto, actor: Actor): Promise<{ id: string; url: string; eventTypes: string[]; secret: string }> {
    const subscription = { id: randomUUID(), url: dto.url, eventTypes: [...new Set(dto.eventTypes)], secret: randomBytes(32).toString('hex') };
    await this.store.create({ ...subscription, createdBy: actor.id });
    return subscription;
  }

  async deliveries(id: string): Promise<{ subscriptionId: string; deliveries: WebhookDelivery[] }> {
    if (!(await this.store.find(id))) throw new NotFoundError('webhook', id);
    return { subscriptionId: id, deliveries: await this.store.deliveries(id) };
  }
}
