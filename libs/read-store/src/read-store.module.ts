import { Module, type DynamicModule } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { ReadDatabase } from './read-database.js';
import { KEYS_DB, QUERY_DB, READ_DB } from './read-store.tokens.js';

/**
 * Provides READ_DB (and KEYS_DB, QUERY_DB) everywhere. The module does not close it: modules that still hold connections
 * (a projection runner finishing its batch) shut down in no fixed order relative to this one, so
 * whoever created the Kysely instance destroys it after the app has closed.
 */
@Module({})
export class ReadStoreModule {
  /** KEYS_DB is the read models' pool unless the data keys are given one of their own; QUERY_DB too, unless a replica serves queries. */
  static forRoot(db: Kysely<ReadDatabase>, keysDb: Kysely<ReadDatabase> = db, queryDb: Kysely<ReadDatabase> = db): DynamicModule {
    return {
      module: ReadStoreModule,
      global: true,
      providers: [
        { provide: READ_DB, useValue: db },
        { provide: KEYS_DB, useValue: keysDb },
        { provide: QUERY_DB, useValue: queryDb },
      ],
      exports: [READ_DB, KEYS_DB, QUERY_DB],
    };
  }
}
