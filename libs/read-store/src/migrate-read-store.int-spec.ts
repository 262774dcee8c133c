import { sql, type Kysely, type Migration } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { createReadDb, migrateReadStore, ReadStoreMigrationError } from './index.js';

const createNote: Migration = {
  up: (db) => db.schema.createTable('note').addColumn('id', 'uuid', (column) => column.primaryKey()).execute(),
  down: (db) => db.schema.dropTable('note').execute(),
};

/** A database of its own for each case: the migration history is what is under test. */
async function withDatabase(run: (db: Kysely<any>) => Promise<void>): Promise<void> {
  const database: TestDatabase = await createTestDatabase('read_store');
  const db = createReadDb(database.url);
  try {
    await run(db);
  } finally {
    await db.destroy();
    await database.drop();
  }
}

describe('migrateReadStore', () => {
  it('applies the project migrations and keeps its bookkeeping in read_store_migration', () =>
    withDatabase(async (db) => {
      const applied = await migrateReadStore(db);
      const recorded = await db.selectFrom('read_store_migration').select('name').orderBy('name').execute();
      expect(recorded.map((row) => row.name)).toEqual(applied);
      await expect(migrateReadStore(db)).resolves.toEqual([]);
    }));

  it('applies each migration once even when two processes migrate at the same time', () =>
    withDatabase(async (db) => {
      const migrations = { '20250101000000-create-note': createNote };
      const [first, second] = await Promise.all([migrateReadStore(db, migrations), migrateReadStore(db, migrations)]);
      expect([...first, ...second]).toEqual(['20250101000000-create-note']);
      await expect(migrateReadStore(db, migrations)).resolves.toEqual([]);
      await sql`insert into note (id) values (gen_random_uuid())`.execute(db);
    }));

  it('names the migration that failed', () =>
    withDatabase(async (db) => {
      const broken: Migration = { up: (db) => sql`select * from missing_table`.execute(db).then(() => undefined) };
      const attempt = migrateReadStore(db, { '20250101000000-create-note': createNote, '20250102000000-broken': broken });
      await expect(attempt).rejects.toThrow(ReadStoreMigrationError);
      await expect(attempt).rejects.toThrow(/read-store migration 20250102000000-broken failed: relation "missing_table" does not exist/);
    }));
});
