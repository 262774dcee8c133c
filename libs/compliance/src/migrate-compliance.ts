import type { Kysely, Migration } from 'kysely';
import { runMigrations } from '#crm/read-store';
import * as createAccessLog from './access-log/migrations/20261201-create-access-log.js';

const migrations: Record<string, Migration> = {
  '20261201-create-access-log': createAccessLog,
};

export class ComplianceMigrationError extends Error {
  readonly code = 'COMPLIANCE_MIGRATION_FAILED';
  constructor(migration: string, cause: unknown) {
    super(`compliance migration ${migration} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Brings the access_log table up to date, with migration tables of its own like every library. */
export async function migrateCompliance(db: Kysely<any>): Promise<void> {
  await runMigrations(db, {
    tableName: 'compliance_migration',
    migrations,
    failure: (migrationName, cause) => new ComplianceMigrationError(migrationName ?? 'setup', cause),
  });
}
