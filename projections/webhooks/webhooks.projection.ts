import type { FollowUpOverdue } from '#crm/domain';
import { formatPosition } from '#crm/event-store';
import { JobName, jobOutboxTables, writeToJobOutbox, type WebhookEvent } from '#crm/jobs';
import { defineProjection, type Recorded } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { auditedEventTypeSet, type AuditedEvent } from '../audit/audited-event-types.js';

type WebhookSource = AuditedEvent | FollowUpOverdue;

/** Its transaction writes to its own schema; subscriptions are read from the public one. */
type Subscriptions = { 'public.webhook_subscription': ReadDatabase['webhook_subscription'] };

/**
 * A reactor: for every event, one delivery job per webhook subscription that wants its type and
 * existed when the event was recorded, written to its outbox with the checkpoint. Subscriptions
 * live in `webhook_subscription` (read-store migrations; libs/webhooks writes them).
 */
export const webhooksProjection = defineProjection<WebhookSource>()({
  name: 'webhooks',
  version: 1,
  handles: { ...auditedEventTypeSet, FollowUpOverdue: true },
  tables: jobOutboxTables,

  async applyBatch(trx, events) {
    const subscriptions = await trx
      .withTables<Subscriptions>()
      .selectFrom('public.webhook_subscription')
      .select(['id', 'event_types', 'created_at'])
      .execute();
    if (subscriptions.length === 0) return;
    const jobs = events.flatMap((event) =>
      subscriptions
        .filter((subscription) => subscription.event_types.includes(event.type) && subscription.created_at <= event.recordedAt)
        .map((subscription) => ({
          key: `webhook.${subscription.id}.${event.id}`,
          name: JobName.WebhookDeliver,
          payload: { subscriptionId: subscription.id, event: webhookEvent(event) },
        })),
    );
    await writeToJobOutbox(trx, jobs);
  },
});

/** Personal data never leaves in a webhook: subscribers get the facts and ids, and ask the API for the rest. */
function webhookEvent(event: Recorded<WebhookSource>): WebhookEvent {
  const { personal: _personal, ...data }: { personal?: unknown } & Record<string, unknown> = event.data;
  return { id: event.id, type: event.type, streamName: event.streamName, position: formatPosition(event.position), recordedAt: event.recordedAt.toISOString(), data };
}
