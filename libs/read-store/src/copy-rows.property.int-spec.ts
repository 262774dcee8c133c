import fc from 'fast-check';
import { sql, type Insertable, type Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { copyRows, transactionWithCopy } from './copy-rows.js';
import { createReadDb } from './create-read-db.js';
import type { ReadDatabase } from './read-database.js';
import { column, createTables, defineTables, type TablesOf } from './schema/tables.js';

// Every kind of column the declarations offer, and an identity and a default COPY must leave to the database.
const tables = defineTables({
  row_kinds: {
    columns: {
      id: column.bigint().identity(),
      n: column.integer(),
      label: column.text(),
      maybe: column.text().nullable(),
      flag: column.boolean(),
      ratio: column.doublePrecision(),
      big: column.bigint(),
      at: column.timestamptz(),
      doc: column.jsonb<unknown>(),
      raw: column.json<unknown>().nullable(),
      tags: column.textArray(),
      bytes: column.bytea().nullable(),
      note: column.text().defaultTo('none'),
    },
  },
});
type Row = Insertable<TablesOf<typeof tables>['row_kinds']>;

// Text where COPY's escapes and an array literal's quoting both matter.
const awkwardText = fc.string({ unit: fc.constantFrom('a', 'ç', '\\', '\t', '\n', '\r', '"', ',', '{', '}', ' ', 'N', '€', '😀') });
const json = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const row: fc.Arbitrary<Row> = fc.record({
  n: fc.integer(),
  label: awkwardText,
  maybe: fc.option(awkwardText),
  flag: fc.boolean(),
  ratio: fc.double({ noNaN: true, noDefaultInfinity: true }),
  big: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String),
  at: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
  // As for an insert, an object: a string would be taken as JSON text, an array as a PostgreSQL array.
  doc: fc.dictionary(fc.string(), json, { maxKeys: 4 }),
  raw: fc.option(json.map((value) => JSON.stringify(value))),
  tags: fc.array(awkwardText, { maxLength: 4 }),
  bytes: fc.option(fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes))),
});

describe('copyRows', () => {
  let database: TestDatabase;
  let db: Kysely<ReadDatabase>;

  beforeAll(async () => {
    database = await createTestDatabase('copy_rows');
    db = createReadDb(database.url, { maxConnections: 2 });
    for (const schema of ['by_insert', 'by_copy']) {
      await sql`create schema ${sql.id(schema)}`.execute(db);
      await createTables(db, tables, { schema });
    }
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const read = (schema: string) =>
    sql<Record<string, unknown>>`select * from ${sql.id(schema, 'row_kinds')} order by id`.execute(db).then((result) => result.rows);

  it('writes exactly what an insert of the same rows writes, whatever the text holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        for (const schema of ['by_insert', 'by_copy']) await sql`truncate ${sql.id(schema, 'row_kinds')} restart identity`.execute(db);
        await db
          .withSchema('by_insert')
          .insertInto('row_kinds' as never)
          .values(rows as never)
          .execute();
        await transactionWithCopy(db, (_trx, copyIn) => copyRows(copyIn!, 'by_copy', 'row_kinds', tables.row_kinds, rows));
        expect(await read('by_copy')).toEqual(await read('by_insert'));
      }),
      { numRuns: 60 },
    );
  });

  it('shares the transaction it was handed with: a failure after the COPY leaves no row', async () => {
    await sql`truncate ${sql.id('by_copy', 'row_kinds')}`.execute(db);
    const rows = fc.sample(row, { numRuns: 3, seed: 7 });
    const failed = transactionWithCopy(db, async (trx, copyIn) => {
      await copyRows(copyIn!, 'by_copy', 'row_kinds', tables.row_kinds, rows);
      expect(await sql`select count(*)::int as n from by_copy.row_kinds`.execute(trx).then((result) => result.rows)).toEqual([{ n: 3 }]);
      throw new Error('after the copy');
    });
    await expect(failed).rejects.toThrow('after the copy');
    expect(await read('by_copy')).toEqual([]);
  });

  it('refuses a batch with a bad row or an unknown column whole, and the pool goes on', async () => {
    const [good] = fc.sample(row, { numRuns: 1, seed: 9 });
    const copy = transactionWithCopy(db, (_trx, copyIn) =>
      copyRows(copyIn!, 'by_copy', 'row_kinds', tables.row_kinds, [good, { ...good, n: 'many' as never }]),
    );
    await expect(copy).rejects.toThrow(/invalid input syntax for type integer: "many"/);
    await expect(
      transactionWithCopy(db, (_trx, copyIn) => copyRows(copyIn!, 'by_copy', 'row_kinds', tables.row_kinds, [{ ...good, colour: 'red' } as Row])),
    ).rejects.toThrow('copy into row_kinds: colour not among its columns');
    expect(await read('by_copy')).toEqual([]);
    // The pool is whole after the failures: its clients were given back (or replaced).
    expect(await sql`select 1 as one`.execute(db).then((result) => result.rows)).toEqual([{ one: 1 }]);
  });
});
