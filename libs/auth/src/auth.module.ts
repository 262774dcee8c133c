import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Kysely } from 'kysely';
import { ApiKeyService } from './api-key.service.js';
import { AuthGuard } from './auth.guard.js';
import type { AuthDatabase } from './auth.tables.js';
import { AUTH_DATABASE } from './auth.tokens.js';
import { RATE_LIMIT_POLICY, RateLimiter, type RateLimitPolicy } from './rate-limit/rate-limiter.js';
import { DEFAULT_SESSION_POLICY, SESSION_POLICY, type SessionPolicy } from './sessions/session-policy.js';
import { SessionService } from './sessions/session.service.js';
import { UserService } from './users/user.service.js';

type Source<T> =
  | { useValue: T }
  | { useExisting: InjectionToken }
  | { useFactory: (...args: never[]) => T | Promise<T>; inject?: InjectionToken[] };

/** Where the Kysely instance holding the auth tables comes from. */
export type AuthDatabaseSource = Source<Kysely<AuthDatabase>>;

export interface AuthModuleOptions {
  database: AuthDatabaseSource;
  /** Session lifetimes; DEFAULT_SESSION_POLICY when absent. */
  sessions?: Source<SessionPolicy>;
  /** Requests per key or user; absent: 600 a minute, counted in this process only. */
  rateLimit?: Source<RateLimitPolicy>;
  /** Modules that export what `database` refers to. */
  imports?: ModuleMetadata['imports'];
}

const DEFAULT_RATE_LIMIT: RateLimitPolicy = { limit: 600, windowMs: 60_000, prefix: 'crm', redis: () => null };

@Module({})
export class AuthModule {
  /** Installs the guard (API key or session) on every route of the app and exports the auth services. */
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: AUTH_DATABASE, ...options.database } as Provider,
        { provide: SESSION_POLICY, ...(options.sessions ?? { useValue: DEFAULT_SESSION_POLICY }) } as Provider,
        { provide: RATE_LIMIT_POLICY, ...(options.rateLimit ?? { useValue: DEFAULT_RATE_LIMIT }) } as Provider,
        ApiKeyService,
        SessionService,
        RateLimiter,
        UserService,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [ApiKeyService, SessionService, UserService],
    };
  }
}
