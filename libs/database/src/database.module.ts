import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STORE } from '#crm/event-store';
import { ReadStoreModule } from '#crm/read-store';
import type { Databases } from './open-databases.js';

/** The ReadReplica of READ_DATABASE_URL, or null when there is none. */
export const READ_REPLICA = Symbol('ReadReplica');

/** EVENT_STORE, READ_DB, QUERY_DB and READ_REPLICA everywhere; openDatabases, which opened them, closes them after the app. */
@Module({})
export class DatabaseModule {
  static forRoot(databases: Pick<Databases, 'eventStore' | 'readDb'> & Partial<Pick<Databases, 'keysDb' | 'replica'>>): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [ReadStoreModule.forRoot(databases.readDb, databases.keysDb, databases.replica?.db)],
      providers: [
        { provide: EVENT_STORE, useValue: databases.eventStore },
        { provide: READ_REPLICA, useValue: databases.replica ?? null },
      ],
      exports: [EVENT_STORE, READ_REPLICA],
    };
  }
}
