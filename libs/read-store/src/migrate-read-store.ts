import { Migrator, type Kysely, type Migration } from 'kysely';
import { readStoreMigrations } from './migrations/index.js';

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
export async function migrateReadStore(
  db: Kysely<any>,
  migrations: Record<string, Migration> = readStoreMigrations,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'read_store_migration',
    migrationLockTableName: 'read_store_migration_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw new ReadStoreMigrationError(results.find((result) => result.status === 'Error')?.migrationName ?? '(setup)', error);
  return results.map((result) => result.migrationName);
}
