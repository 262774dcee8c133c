import { sql, type Kysely } from 'kysely';
import type { ReadDatabase } from '../read-database.js';
import type { TableDeclarations } from '../schema/tables.js';

export type ColumnShape = { table: string; column: string; type: string; nullable: boolean };

const byName = (a: ColumnShape, b: ColumnShape) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`);

/** What information_schema must say of declared tables, sorted like columnsOf. */
export function declaredColumns(tables: TableDeclarations): ColumnShape[] {
  const sqlType = (dataType: unknown) =>
    typeof dataType !== 'string' ? 'ARRAY' : ({ timestamptz: 'timestamp with time zone', bigserial: 'bigint' }[dataType] ?? dataType);
  return Object.entries(tables)
    .flatMap(([table, { columns }]) =>
      Object.entries(columns).map(([column, { dataType, options }]) => ({ table, column, type: sqlType(dataType), nullable: options.nullable === true })),
    )
    .sort(byName);
}

/** The columns a schema has, migration bookkeeping left out. */
export async function columnsOf(db: Kysely<ReadDatabase>, schema: string): Promise<ColumnShape[]> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
    select table_name, column_name, data_type, is_nullable from information_schema.columns
    where table_schema = ${schema} and table_name not like 'read_store_migration%'`.execute(db);
  return rows.map((row) => ({ table: row.table_name, column: row.column_name, type: row.data_type, nullable: row.is_nullable === 'YES' })).sort(byName);
}
