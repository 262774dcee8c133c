import { Migrator, type Kysely, type Migration } from 'kysely';
import * as createDataKey from './migrations/20261201-create-data-key.js';
import * as createMasterKeyRecord from './migrations/20261204-create-master-key-record.js';

const migrations: Record<string, Migration> = {
  '20261201-create-data-key': createDataKey,
  '20261204-create-master-key-record': createMasterKeyRecord,
};

export class CryptoMigrationError extends Error {
  readonly code = 'CRYPTO_MIGRATION_FAILED';
  constructor(migration: string, cause: unknown) {
    super(`crypto migration ${migration} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Brings the data_key and crypto_master_key tables up to date, with migration tables of its own like every library. */
export async function migrateCrypto(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'crypto_migration',
    migrationLockTableName: 'crypto_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new CryptoMigrationError(results?.find((result) => result.status === 'Error')?.migrationName ?? 'setup', error);
}
