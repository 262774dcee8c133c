import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { createReadDb } from './create-read-db.js';
import type { ReadDatabase } from './read-database.js';
import { READ_DB } from './read-store.tokens.js';

/** Provides READ_DB everywhere and closes its pool when the app shuts down. */
@Module({})
export class ReadStoreModule implements OnApplicationShutdown {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: ReadStoreModule,
      global: true,
      providers: [{ provide: READ_DB, useFactory: () => createReadDb(options.databaseUrl) }],
      exports: [READ_DB],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.db.destroy();
  }
}
