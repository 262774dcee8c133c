import { sql, type Kysely } from 'kysely';
import { MessageTransport, type OutgoingMessage } from './message-transport.js';

/**
 * Without SMTP_URL, messages are kept in the local `outbox_message` table: development and tests
 * see exactly what would have gone out. Keyed, so a message sent twice is kept once.
 */
export class OutboxTransport extends MessageTransport {
  readonly name = 'outbox';
  readonly idempotent = true;

  constructor(private readonly db: Kysely<any>) {
    super();
  }

  /** Idempotent; the transport module runs it before handing the transport out. */
  async createTable(): Promise<void> {
    await sql`create table if not exists outbox_message (
      key text primary key,
      channel text not null,
      recipient text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now()
    )`.execute(this.db);
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.db
      .insertInto('outbox_message')
      .values({ key: message.key, channel: message.channel, recipient: message.to, subject: message.subject, body: message.body })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}
