import { Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { SealKey } from '#crm/crypto';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { READ_DB } from '#crm/read-store';
import { AutoSealer } from './auto-sealer.js';
import { Sealer } from './sealer.js';
import type { AuditDatabase } from './seal.table.js';

/** Import where the projections run (projector, one-process crm): the logs are sealed as they grow. */
@Module({
  providers: [
    {
      provide: Sealer,
      useFactory: (db: Kysely<AuditDatabase>, store: EventStore, key: SealKey) => new Sealer(db, store, key),
      inject: [READ_DB, EVENT_STORE, SealKey],
    },
    AutoSealer,
  ],
  exports: [Sealer, AutoSealer],
})
export class SealingModule {}
