import { Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STORE } from '#crm/event-store';
import { ReadStoreModule } from '#crm/read-store';
import type { Databases } from './open-databases.js';

/** EVENT_STORE and READ_DB everywhere; openDatabases, which opened them, closes them after the app. */
@Module({})
export class DatabaseModule {
  static forRoot(databases: Pick<Databases, 'eventStore' | 'readDb'>): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [ReadStoreModule.forRoot(databases.readDb)],
      providers: [{ provide: EVENT_STORE, useValue: databases.eventStore }],
      exports: [EVENT_STORE],
    };
  }
}
