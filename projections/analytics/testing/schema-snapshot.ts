import { sql, type Kysely } from 'kysely';

/** Every table of a schema as sorted JSON rows: two builds of a read model compare equal or not. */
export async function schemaSnapshot(db: Kysely<any>, schema: string): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = ${schema} order by table_name`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { table_name } of tables.rows) {
    const rows = await db.withSchema(schema).selectFrom(table_name).selectAll().execute();
    snapshot[table_name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}
