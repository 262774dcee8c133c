import type { Kysely, Migration } from 'kysely';
import { runMigrations } from '#crm/read-store';
import * as createApiKey from './migrations/20261125-create-api-key.js';

const migrations: Record<string, Migration> = {
  '20261125-create-api-key': createApiKey,
};

export class AuthMigrationError extends Error {
  constructor(migration: string, cause: unknown) {
    super(`auth migration ${migration} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Brings the api_key table up to date; its own migration tables keep it apart from other libraries. */
export async function migrateAuth(db: Kysely<any>): Promise<void> {
  await runMigrations(db, {
    tableName: 'auth_migration',
    migrations,
    failure: (migrationName, cause) => new AuthMigrationError(migrationName ?? 'setup', cause),
  });
}
