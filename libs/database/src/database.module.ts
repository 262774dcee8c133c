import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STORE } from '@crm/event-store';
import { ReadStoreModule } from '@crm/read-store';
import type { Databases } from './open-databases.js';

/** EVENT_STORE and READ_DB everywhere. The event store is closed by whoever opened it (openDatabases). */
@Module({})
export class DatabaseModule {
  static forRoot(databases: Pick<Databases, 'databaseUrl' | 'eventStore'>): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [ReadStoreModule.forRoot({ databaseUrl: databases.databaseUrl })],
      providers: [{ provide: EVENT_STORE, useValue: databases.eventStore }],
      exports: [EVENT_STORE],
    };
  }
}
