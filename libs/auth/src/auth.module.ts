import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Kysely } from 'kysely';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeyService } from './api-key.service.js';
import { AUTH_DATABASE } from './auth.tokens.js';
import type { ReadDatabase } from '@crm/read-store';

/** Where the Kysely instance holding the api_key table comes from. */
export type AuthDatabaseSource =
  | { useValue: Kysely<ReadDatabase> }
  | { useExisting: InjectionToken }
  | { useFactory: (...args: any[]) => Kysely<ReadDatabase> | Promise<Kysely<ReadDatabase>>; inject?: InjectionToken[] };

export interface AuthModuleOptions {
  database: AuthDatabaseSource;
  /** Modules that export what `database` refers to. */
  imports?: ModuleMetadata['imports'];
}

@Module({})
export class AuthModule {
  /** Installs the API key guard on every route of the app and exports ApiKeyService. */
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: AUTH_DATABASE, ...options.database },
        ApiKeyService,
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
      exports: [ApiKeyService],
    };
  }
}
