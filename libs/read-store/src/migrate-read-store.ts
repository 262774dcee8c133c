import type { Kysely, Migration } from 'kysely';
import { readStoreMigrations } from './migrations/index.js';
import { runMigrations } from './run-migrations.js';

export class ReadStoreMigrationError extends Error {
  readonly code = 'READ_STORE_MIGRATION_FAILED';
  constructor(readonly migrationName: string, cause: unknown) {
    super(`read-store migration ${migrationName} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Brings the read store up to date. Safe to run twice and from several processes at once:
 * Kysely serialises migrators with an advisory lock, and the tables of its bookkeeping are this
 * library's own so other libraries' migrations do not interleave.
 */
export function migrateReadStore<DB>(db: Kysely<DB>, migrations: Record<string, Migration> = readStoreMigrations): Promise<string[]> {
  return runMigrations(db, {
    tableName: 'read_store_migration',
    migrations,
    failure: (migrationName, cause) => new ReadStoreMigrationError(migrationName ?? '(setup)', cause),
  });
}
