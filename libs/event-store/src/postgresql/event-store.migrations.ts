import { Migrator, type Kysely, type Migration } from 'kysely';
import * as createEvents from './migrations/0001-events.migration.js';
import * as appendV2 from './migrations/0002-append-v2.migration.js';

// In code, not read from disk: the store runs from dist/ as ESM, where a folder scan would
// find compiled files beside source maps and depend on the working directory.
const migrations: Record<string, Migration> = {
  '0001-events': createEvents,
  '0002-append-v2': appendV2,
};

export class EventStoreMigrationError extends Error {
  constructor(readonly migrationName: string | undefined, cause: unknown) {
    super(`event store migration ${migrationName ?? '(setup)'} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/**
 * Brings the event store's tables to the latest version. Safe to run again and from several
 * processes at once: Kysely serialises migrators with an advisory lock.
 */
export async function migrateEventStore<DB>(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'event_store_migration',
    migrationLockTableName: 'event_store_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new EventStoreMigrationError(results?.find((result) => result.status === 'Error')?.migrationName, error);
  }
}
