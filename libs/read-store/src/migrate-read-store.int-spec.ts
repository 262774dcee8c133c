import { sql, type Kysely, type Migration } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@test/support/database.js';
import { createReadDb, migrateReadStore, ReadStoreMigrationError } from './index.js';

const createNote: Migration = {
  up: (db) => db.schema.createTable('note').addColumn('id', 'uuid', (column) => column.primaryKey()).execute(),
  down: (db) => db.schema.dropTable('note').execute(),
};

describe('migrateReadStore', () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase('read_store');
    db = createReadDb(database.url);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('applies the project migrations and keeps its bookkeeping in read_store_migration', async () => {
    const applied = await migrateReadStore(db);
    const recorded = await db.selectFrom('read_store_migration').select('name').execute();
    expect(recorded.map((row) => row.name)).toEqual(applied);
  });

  it('applies each migration once even when two processes migrate at the same time', async () => {
    const migrations = { '20250101000000-create-note': createNote };
    const [first, second] = await Promise.all([migrateReadStore(db, migrations), migrateReadStore(db, migrations)]);
    expect([...first, ...second]).toEqual(['20250101000000-create-note']);
    await expect(migrateReadStore(db, migrations)).resolves.toEqual([]);

    const applied = await db.selectFrom('read_store_migration').select('name').execute();
    expect(applied.map((row) => row.name)).toContain('20250101000000-create-note');
    await sql`insert into note (id) values (gen_random_uuid())`.execute(db);
  });

  it('names the migration that failed', async () => {
    const broken: Migration = { up: (db) => sql`select * from missing_table`.execute(db).then(() => undefined) };
    const attempt = migrateReadStore(db, { '20250101000000-create-note': createNote, '20250102000000-broken': broken });
    await expect(attempt).rejects.toThrow(ReadStoreMigrationError);
    await expect(attempt).rejects.toThrow(/read-store migration 20250102000000-broken failed: relation "missing_table" does not exist/);
  });
});
