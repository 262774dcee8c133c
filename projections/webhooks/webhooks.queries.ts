import { unsettledDispatchedJobs, type JobName, type JobPayload, type OutboxJobRow } from '#crm/jobs';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { webhooksProjection } from './webhooks.projection.js';

const SETTLED = ['delivered', 'parked'];

/**
 * Dispatched deliveries not yet delivered nor parked, a page of the outbox at a time (after its
 * `seq`): what must be in Redis for them to be tried. Adding one again is harmless: the delivery
 * looks up webhook_delivery before it sends.
 */
export function unsettledWebhookDeliveries(db: Kysely<ReadDatabase>, page: { after: string | null; limit: number }): Promise<{ jobs: OutboxJobRow[]; last: string | null }> {
  return unsettledDispatchedJobs(webhooksProjection.read(db), page, async (jobs) => {
    const deliveries = jobs.map((job) => ({ key: job.key, ...(job.payload as JobPayload<JobName.WebhookDeliver>) }));
    const settled = await db
      .selectFrom('webhook_delivery')
      .select(['subscription_id', 'event_id'])
      .where('status', 'in', SETTLED)
      .where(
        'event_id',
        'in',
        deliveries.map((delivery) => delivery.event.id),
      )
      .where('subscription_id', 'in', [...new Set(deliveries.map((delivery) => delivery.subscriptionId))])
      .execute();
    const done = new Set(settled.map((row) => `${row.subscription_id}/${row.event_id}`));
    return new Set(deliveries.filter((delivery) => done.has(`${delivery.subscriptionId}/${delivery.event.id}`)).map((delivery) => delivery.key));
  });
}

/**
 * The delivery job the reactor wrote for this event and subscription (the event as subscribers
 * get it), or undefined: what a redelivery sends again, unchanged.
 */
export async function webhookDeliveryJob(
  db: Kysely<ReadDatabase>,
  subscriptionId: string,
  eventId: string,
): Promise<JobPayload<JobName.WebhookDeliver> | undefined> {
  const row = await webhooksProjection
    .read(db)
    .selectFrom('job_outbox')
    .select('payload')
    .where('key', '=', `webhook.${subscriptionId}.${eventId}`)
    .executeTakeFirst();
  return row?.payload as JobPayload<JobName.WebhookDeliver> | undefined;
}
