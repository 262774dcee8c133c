import { Global, Module } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
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
      useFactory: (config: CrmConfig, db: Kysely<ReadDatabase>): MessageTransport =>
        config.smtpUrl ? new SmtpTransport(config.smtpUrl) : new OutboxTransport(db),
    },
  ],
  exports: [MessageTransport],
})
export class TransportModule {}
