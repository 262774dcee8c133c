import { Global, Module } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { MessageTransport } from './message-transport.js';
import { OutboxTransport } from './outbox.transport.js';
import { SmtpTransport } from './smtp.transport.js';

/** Provides MessageTransport: SMTP when SMTP_URL is set, the local outbox table otherwise. Needs CrmConfig and READ_DB. */
@Global()
@Module({
  providers: [
    {
      provide: MessageTransport,
      inject: [CrmConfig, READ_DB],
      useFactory: async (config: CrmConfig, db: Kysely<any>): Promise<MessageTransport> => {
        if (config.smtpUrl) return new SmtpTransport(config.smtpUrl);
        const outbox = new OutboxTransport(db);
        await outbox.createTable();
        return outbox;
      },
    },
  ],
  exports: [MessageTransport],
})
export class TransportModule {}
