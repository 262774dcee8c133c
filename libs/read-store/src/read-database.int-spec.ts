import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { createReadDb, migrateReadStore, readDatabaseTables, type ReadDatabase } from './index.js';
import { columnsOf, declaredColumns } from './testing/schema-columns.js';

describe('ReadDatabase', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;

  beforeAll(async () => {
    database = await createTestDatabase('read_database');
    db = createReadDb(database.url, { maxConnections: 2 });
    await migrateReadStore(db);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('declares exactly the tables and columns the migrations build', async () => {
    expect(await columnsOf(db, 'public')).toEqual(declaredColumns(readDatabaseTables));
  });
});
