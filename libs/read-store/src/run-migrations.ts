import { Migrator, type Kysely, type Migration } from 'kysely';

export interface MigrationSet {
  /** Kysely's bookkeeping table, and `<tableName>_lock` beside it: each library its own, so their migrations do not interleave. */
  tableName: string;
  /** In code, not read from disk: the apps run from dist/ as ESM, where a folder scan would find source maps too. */
  migrations: Record<string, Migration>;
  /** The library's own error for a failed run; migrationName is undefined when the setup itself failed. */
  failure: (migrationName: string | undefined, cause: unknown) => Error;
  /** Where the bookkeeping tables live (default: public); a history kept out of backups keeps them in its own schema. */
  schema?: string;
}

/**
 * Brings one library's tables up to date and returns the migrations it ran. Safe to run twice and
 * from several processes at once: Kysely serialises migrators with an advisory lock.
 */
export async function runMigrations<DB>(db: Kysely<DB>, { tableName, migrations, failure, schema }: MigrationSet): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
    migrationTableName: tableName,
    migrationLockTableName: `${tableName}_lock`,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw failure(results.find((result) => result.status === 'Error')?.migrationName, error);
  return results.map((result) => result.migrationName);
}
