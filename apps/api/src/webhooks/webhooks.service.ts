import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { CrmConfig } from '#crm/config';
import { ValidationFailedError } from '#crm/http';
import { webhookEventTypes, type CreateWebhookDto, type WebhookListDto } from './create-webhook.dto.js';
import { namesPrivateHost, PRIVATE_TARGET_REASON, WebhookStore, type WebhookDelivery } from '#crm/webhooks';
import { NotFoundError } from '#crm/domain';

@Injectable()
export class WebhooksService {
  constructor(
    private readonly store: WebhookStore,
    private readonly config: CrmConfig,
  ) {}

  /** The secret is shown in this answer only: subscribers verify X-CRM-Signature with it. */
  async create(dto: CreateWebhookDto, actor: Actor): Promise<{ id: string; url: string; eventTypes: string[]; secret: string }> {
    if (!this.config.webhooksAllowPrivate && namesPrivateHost(dto.url)) throw new ValidationFailedError([{ field: 'url', reason: PRIVATE_TARGET_REASON }]);
    const subscription = { id: randomUUID(), url: dto.url, eventTypes: [...new Set(dto.eventTypes)], secret: randomBytes(32).toString('hex') };
    await this.store.create({ ...subscription, createdBy: actor.id });
    return subscription;
  }

  async list(): Promise<WebhookListDto> {
    const webhooks = (await this.store.list()).map((webhook) => ({ ...webhook, createdAt: webhook.createdAt.toISOString() }));
    return { webhooks, eventTypes: [...webhookEventTypes] };
  }

  async delete(id: string): Promise<void> {
    if (!(await this.store.delete(id))) throw new NotFoundError('webhook', id);
  }

  async deliveries(id: string): Promise<{ subscriptionId: string; deliveries: WebhookDelivery[] }> {
    if (!(await this.store.find(id))) throw new NotFoundError('webhook', id);
    return { subscriptionId: id, deliveries: await this.store.deliveries(id) };
  }
}
