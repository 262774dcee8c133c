import { sql, type Kysely } from 'kysely';
import type { ReadDatabase } from '#crm/read-store';

/** Every table of a schema as sorted JSON rows: two builds of a read model compare equal or not. */
export async function schemaSnapshot(db: Kysely<ReadDatabase>, schema: string): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { table_name } of tables.rows) {
    // Any table the projection made, so raw SQL: no declared type covers them all.
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(`${schema}.${table_name}`)}`.execute(db);
    snapshot[table_name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
