import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Kysely } from 'kysely';
import { READ_DB } from '#crm/read-store';
import { migrateCompliance } from '../migrate-compliance.js';
import { AccessLogInterceptor } from './access-log.interceptor.js';
import { AccessLogStore } from './access-log.store.js';
import type { ComplianceDatabase } from './access-log.table.js';

/** The access log over the global READ_DB, and the interceptor that fills it on every app route. */
@Global()
@Module({
  providers: [
    {
      provide: AccessLogStore,
      useFactory: async (db: Kysely<ComplianceDatabase>) => {
        await migrateCompliance(db);
        return new AccessLogStore(db);
      },
      inject: [READ_DB],
    },
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
  exports: [AccessLogStore],
})
export class AccessLogModule {}
