import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as createApiKey from './migrations/20261125-create-api-key.js';

const migrations: Record<string, Migration> = {
  '20261125-create-api-key': createApiKey,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export class AuthMigrationError extends Error {
  constructor(migration: string, cause: unknown) {
    super(`auth migration ${migration} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Brings the api_key table up to date; its own migration tables keep it apart from other libraries. */
export async function migrateAuth(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'auth_migration',
    migrationLockTableName: 'auth_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'setup';
    throw new AuthMigrationError(failed, error);
  }
}
