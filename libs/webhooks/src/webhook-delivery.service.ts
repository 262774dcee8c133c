import { Injectable } from '@nestjs/common';
import { isLastAttempt, type JobName, type JobPayload } from '#crm/jobs';
import type { Job } from 'bullmq';
import { webhookSignature } from './webhook-signature.js';
import { WebhookStore } from './webhook.store.js';

const TIMEOUT_MS = 10_000;

export class WebhookDeliveryFailedError extends Error {
  constructor(reason: string) {
    super(`webhook delivery failed: ${reason}`);
    this.name = 'WebhookDeliveryFailedError';
  }
}

/**
 * One try per job attempt; BullMQ retries with backoff, and the last failed try parks the
 * delivery. A delivered event is not sent again by a retried job; a subscriber may still see one
 * twice (the answer lost on the way back), which the X-CRM-Event-Id header lets it recognise.
 */
@Injectable()
export class WebhookDeliveryService {
  constructor(private readonly store: WebhookStore) {}

  async deliver({ subscriptionId, event }: JobPayload<JobName.WebhookDeliver>, job: Job): Promise<{ status: string }> {
    const subscription = await this.store.find(subscriptionId);
    if (!subscription) return { status: 'unsubscribed' };
    if ((await this.store.deliveryStatus(subscriptionId, event.id)) === 'delivered') return { status: 'delivered' };
    const body = JSON.stringify(event);
    const lastAttempt = isLastAttempt(job);
    const failed = async (statusCode: number | null, error: string) => {
      await this.store.recordAttempt(subscriptionId, event, { status: lastAttempt ? 'parked' : 'pending', statusCode, error });
      throw new WebhookDeliveryFailedError(error);
    };
    let response: Response;
    try {
      response = await fetch(subscription.url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-crm-event-id': event.id,
          'x-crm-event-type': event.type,
          'x-crm-signature': webhookSignature(subscription.secret, Math.floor(Date.now() / 1000), body),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      return failed(null, (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'unreachable');
    }
    if (!response.ok) return failed(response.status, `answered ${response.status}`);
    await this.store.recordAttempt(subscriptionId, event, { status: 'delivered', statusCode: response.status, error: null });
    return { status: 'delivered' };
  }
}
