import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { allProjections } from '#crm/projections';
import { createReadDb, migrateReadStore, readStoreMigrations, type ReadDatabase } from '#crm/read-store';
import { columnsOf, declaredColumns } from '../../libs/read-store/src/testing/schema-columns.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * fixtures/previous-release/schema.sql is pg_dump of a database the release before one-schema
 * (commit 0ce6c98) made: its four library migrators, the tables its api and transport created at
 * boot, and every projection's schema. That database must start on this code.
 */
/** Projections that release did not have: nothing of theirs to keep. */
const ADDED_SINCE = ['staff', 'pipeline', 'tasks', 'duplicates', 'valid_time', 'automations'];

const previousRelease = readFileSync(join(import.meta.dirname, '../fixtures/previous-release/schema.sql'), 'utf8');

/**
 * Projections whose tables changed since the dump on purpose, with the version that changed them:
 * the runner sees the new version and rebuilds them from the log, so their old schema is not kept.
 */
const rebuiltSince: Record<string, number> = { analytics: 3, directory: 2, followups: 4, lifecycle: 3, segments: 3, timeline: 2 };

async function databaseFrom(dump: string | null): Promise<{ database: TestDatabase; db: Kysely<ReadDatabase> }> {
  const database = await createTestDatabase('upgrade');
  if (dump) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(dump).finally(() => client.end());
  }
  return { database, db: createReadDb(database.url, { maxConnections: 2 }) };
}

describe('a database from the previous release', () => {
  let previous: { database: TestDatabase; db: Kysely<ReadDatabase> };
  let fresh: { database: TestDatabase; db: Kysely<ReadDatabase> };

  beforeAll(async () => {
    [previous, fresh] = await Promise.all([databaseFrom(previousRelease), databaseFrom(null)]);
  });

  afterAll(async () => {
    for (const { database, db } of [previous, fresh]) {
      await db.destroy();
      await database.drop();
    }
  });

  it('migrates to the public schema a fresh database gets, in one history', async () => {
    await migrateReadStore(previous.db);
    await migrateReadStore(fresh.db);
    expect(await columnsOf(previous.db, 'public')).toEqual(await columnsOf(fresh.db, 'public'));
    const history = await previous.db
      .selectFrom(sql<{ name: string }>`read_store_migration`.as('m'))
      .select('m.name')
      .orderBy('m.name')
      .execute();
    expect(history.map((row) => row.name)).toEqual(Object.keys(readStoreMigrations).sort());
    const { rows: leftovers } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_name like '%migration%' and table_name not like 'read_store_migration%'`.execute(
      previous.db,
    );
    expect(leftovers).toEqual([]);
  });

  it.each(
    allProjections.filter((projection) => !ADDED_SINCE.includes(projection.name) && !(projection.name in rebuiltSince)).map((projection) => [projection.name, projection] as const),
  )(
    "keeps %s's tables as its declaration makes them, so no projection needs a rebuild",
    async (name, projection) => {
      expect(await columnsOf(previous.db, `proj_${name}`)).toEqual(declaredColumns(projection.tables));
    },
  );

  it('has no schema for the projections added since, which the runner builds from the log', async () => {
    const { rows } = await sql<{ name: string }>`select nspname as name from pg_namespace where nspname like 'proj\_%'`.execute(previous.db);
    const had = rows.map((row) => row.name.slice('proj_'.length));
    expect(allProjections.map((projection) => projection.name).filter((name) => !had.includes(name)).sort()).toEqual([...ADDED_SINCE].sort());
  });

  it.each(Object.entries(rebuiltSince))('rebuilds %s, whose tables changed on purpose, from version %i on', (name, version) => {
    expect(allProjections.find((projection) => projection.name === name)?.version).toBeGreaterThanOrEqual(version);
  });
});
