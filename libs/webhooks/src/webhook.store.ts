import { Inject, Injectable } from '@nestjs/common';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';

export type WebhookSubscription = { id: string; url: string; eventTypes: string[]; secret: string; createdAt: Date };
export type DeliveryOutcome = { status: 'pending' | 'delivered' | 'parked'; statusCode: number | null; error: string | null };
export type WebhookDelivery = { eventId: string; eventType: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; updatedAt: Date };

@Injectable()
export class WebhookStore {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  async create(subscription: Omit<WebhookSubscription, 'createdAt'> & { createdBy: string }): Promise<void> {
    const { eventTypes, createdBy, ...rest } = subscription;
    await this.db.insertInto('webhook_subscription').values({ ...rest, event_types: eventTypes, created_by: createdBy }).execute();
  }

  async find(id: string): Promise<WebhookSubscription | undefined> {
    const row = await this.db.selectFrom('webhook_subscription').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, url: row.url, eventTypes: row.event_types, secret: row.secret, createdAt: row.created_at };
  }

  /** Every subscription, oldest first, without its secret (shown once, at creation). */
  async list(): Promise<Omit<WebhookSubscription, 'secret'>[]> {
    const rows = await this.db.selectFrom('webhook_subscription').select(['id', 'url', 'event_types', 'created_at']).orderBy('created_at').orderBy('id').execute();
    return rows.map((row) => ({ id: row.id, url: row.url, eventTypes: row.event_types, createdAt: row.created_at }));
  }

  /** Unsubscribes: deliveries still queued find no subscription and stop; its delivery records go with it. */
  async delete(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('webhook_delivery').where('subscription_id', '=', id).execute();
      const deleted = await trx.deleteFrom('webhook_subscription').where('id', '=', id).executeTakeFirst();
      return deleted.numDeletedRows > 0n;
    });
  }

  async deliveryStatus(subscriptionId: string, eventId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('webhook_delivery').select('status').where('subscription_id', '=', subscriptionId).where('event_id', '=', eventId).executeTakeFirst();
    return row?.status;
  }

  /** Back to pending before a redelivery, so the delivery does not stop at "already delivered"; false when there is no such delivery. */
  async reopen(subscriptionId: string, eventId: string): Promise<boolean> {
    const updated = await this.db
      .updateTable('webhook_delivery')
      .set({ status: 'pending', updated_at: new Date() })
      .where('subscription_id', '=', subscriptionId)
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async delivery(subscriptionId: string, eventId: string): Promise<WebhookDelivery | undefined> {
    return this.deliveriesOf(subscriptionId).where('event_id', '=', eventId).executeTakeFirst() as Promise<WebhookDelivery | undefined>;
  }

  /** One more try and how it went. */
  async recordAttempt(subscriptionId: string, event: { id: string; type: string }, outcome: DeliveryOutcome): Promise<void> {
    const values = { status: outcome.status, last_status_code: outcome.statusCode, last_error: outcome.error, updated_at: new Date() };
    await this.db
      .insertInto('webhook_delivery')
      .values({ subscription_id: subscriptionId, event_id: event.id, event_type: event.type, attempts: 1, ...values })
      .onConflict((oc) => oc.columns(['subscription_id', 'event_id']).doUpdateSet((eb) => ({ ...values, attempts: eb('webhook_delivery.attempts', '+', 1) })))
      .execute();
  }

  deliveries(subscriptionId: string): Promise<WebhookDelivery[]> {
    return this.deliveriesOf(subscriptionId).orderBy('updated_at').execute() as Promise<WebhookDelivery[]>;
  }

  private deliveriesOf(subscriptionId: string) {
    return this.db
      .selectFrom('webhook_delivery')
      .select(['event_id as eventId', 'event_type as eventType', 'status', 'attempts', 'last_status_code as lastStatusCode', 'last_error as lastError', 'updated_at as updatedAt'])
      .where('subscription_id', '=', subscriptionId);
  }
}
