import { Module, type DynamicModule } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { ReadDatabase } from './read-database.js';
import { READ_DB } from './read-store.tokens.js';

/**
 * Provides READ_DB everywhere. The module does not close it: modules that still hold connections
 * (a projection runner finishing its batch) shut down in no fixed order relative to this one, so
 * whoever created the Kysely instance destroys it after the app has closed.
 */
@Module({})
export class ReadStoreModule {
  static forRoot(db: Kysely<ReadDatabase>): DynamicModule {
    return { module: ReadStoreModule, global: true, providers: [{ provide: READ_DB, useValue: db }], exports: [READ_DB] };
  }
}
