import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { MessageTransport, type OutgoingMessage } from './message-transport.js';

/**
 * Without SMTP_URL, messages are kept in the local `outbox_message` table (a read-store migration): development and tests
 * see exactly what would have gone out. Keyed, so a message sent twice is kept once.
 */
export class OutboxTransport extends MessageTransport {
  readonly name = 'outbox';
  readonly idempotent = true;

  constructor(private readonly db: Kysely<ReadDatabase>) {
    super();
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.db
      .insertInto('outbox_message')
      .values({ key: message.key, channel: message.channel, recipient: message.to, subject: message.subject, body: message.body })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}
