import { formatPosition, type RecordedEvent } from '#crm/event-store';
import { createJobOutbox, JobName, writeToJobOutbox, type WebhookEvent } from '#crm/jobs';
import type { Projection } from '#crm/projection-runner';
import { sql } from 'kysely';
import { auditedEventTypes } from '../audit/audited-event-types.js';

/**
 * A reactor: for every event, one delivery job per webhook subscription that wants its type and
 * existed when the event was recorded, written to its outbox with the checkpoint. Subscriptions
 * live in `webhook_subscription` (libs/webhooks); until that table exists nobody subscribed.
 */
export const webhooksProjection: Projection = {
  name: 'webhooks',
  version: 1,
  eventTypes: [...auditedEventTypes, 'FollowUpOverdue'],

  createSchema: createJobOutbox,

  async applyBatch(trx, events, { schema }) {
    // Asked, not tried: a failed query would abort the transaction that also moves the checkpoint.
    const exists = await sql<{ table: string | null }>`select to_regclass('public.webhook_subscription')::text as table`.execute(trx);
    if (!exists.rows[0].table) return;
    const subscriptions = await trx.selectFrom('webhook_subscription').select(['id', 'event_types', 'created_at']).execute();
    if (subscriptions.length === 0) return;
    const jobs = events.flatMap((event) =>
      subscriptions
        .filter((subscription) => (subscription.event_types as string[]).includes(event.type) && subscription.created_at <= event.recordedAt)
        .map((subscription) => ({
          key: `webhook.${subscription.id}.${event.id}`,
          name: JobName.WebhookDeliver,
          payload: { subscriptionId: subscription.id as string, event: webhookEvent(event) },
        })),
    );
    await writeToJobOutbox(trx, schema, jobs);
  },
};

/** Personal data never leaves in a webhook: subscribers get the facts and ids, and ask the API for the rest. */
function webhookEvent(event: RecordedEvent): WebhookEvent {
  const { personal: _personal, ...data } = event.data as Record<string, unknown>;
  return { id: event.id, type: event.type, streamName: event.streamName, position: formatPosition(event.position), recordedAt: event.recordedAt.toISOString(), data };
}
