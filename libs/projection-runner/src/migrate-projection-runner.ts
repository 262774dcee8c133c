import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { ProjectionMigrationError } from './projection-runner.errors.js';
import * as createProjectionCheckpoint from './migrations/20261201-create-projection-checkpoint.js';

const migrations: Record<string, Migration> = {
  '20261201-create-projection-checkpoint': createProjectionCheckpoint,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings projection_checkpoint up to date; its own migration tables keep it apart from other libraries. */
export async function migrateProjectionRunner(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'projection_runner_migration',
    migrationLockTableName: 'projection_runner_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'setup';
    throw new ProjectionMigrationError(failed, error);
  }
}
