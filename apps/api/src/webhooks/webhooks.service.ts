import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { CrmConfig } from '#crm/config';
import { ValidationFailedError } from '#crm/http';
import { webhookEventTypes, type CreateWebhookDto, type WebhookListDto } from './create-webhook.dto.js';
import { namesPrivateHost, PRIVATE_TARGET_REASON, WebhookStore, type WebhookDelivery } from '#crm/webhooks';
import { NotFoundError, RuleViolation } from '#crm/domain';
import { JobName, JobQueue } from '#crm/jobs';
import { webhookDeliveryJob } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';

/** The job of the redelivery that follows `attempts` tries. */
export const redeliveryJobId = (subscriptionId: string, eventId: string, attempts: number) => `webhook.${subscriptionId}.${eventId}.redelivery.${attempts}`;

@Injectable()
export class WebhooksService {
  constructor(
    private readonly store: WebhookStore,
    private readonly config: CrmConfig,
    private readonly queue: JobQueue,
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
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

  /**
   * Sends a delivered or parked event again, as it was sent the first time (the job the reactor
   * wrote), with a fresh round of retries. A delivery still pending is being retried already: 409.
   * Reopened before it is queued, so the job does not stop at "already delivered"; should queueing
   * fail then, the delivery is pending and the jobs restoration queues it again.
   */
  async redeliver(id: string, eventId: string): Promise<WebhookDelivery> {
    if (!(await this.store.find(id))) throw new NotFoundError('webhook', id);
    const delivery = await this.store.delivery(id, eventId);
    const job = delivery && (await webhookDeliveryJob(this.db, id, eventId));
    if (!delivery || !job) throw new NotFoundError('delivery', eventId, `webhook ${id} has no delivery of event ${eventId}`);
    if (delivery.status === 'pending') throw new RuleViolation('webhook-delivery-pending', `the delivery of event ${eventId} is still being tried`);
    await this.store.reopen(id, eventId);
    // Named by the tries so far: a second request racing this one names the same job, which BullMQ adds once.
    await this.queue.add(JobName.WebhookDeliver, job, { jobId: redeliveryJobId(id, eventId, delivery.attempts) });
    return { ...delivery, status: 'pending' };
  }
}
