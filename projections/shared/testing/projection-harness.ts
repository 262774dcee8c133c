import type { RecordedEvent } from '#crm/event-store';
import { applyWithSteps, type Projection } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import type { ReadDatabase } from '#crm/read-store';

/** An empty schema holding the projection's tables, as the runner would prepare it. */
export async function freshSchema(db: Kysely<ReadDatabase>, projection: Projection, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  await sql`create schema ${sql.id(schema)}`.execute(db);
  await projection.createSchema(db, schema);
}

/** Applies events one transaction per batch, cutting the list at `cuts` (indexes), as the runner would. */
export async function applyInBatches(
  db: Kysely<ReadDatabase>,
  projection: Projection,
  schema: string,
  events: RecordedEvent[],
  cuts: number[] = [],
): Promise<void> {
  const edges = [...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < events.length), events.length])].sort((a, b) => a - b);
  for (let index = 1; index < edges.length; index++) {
    const batch = events.slice(edges[index - 1], edges[index]);
    if (batch.length > 0) await applyWithSteps(db, projection, schema, batch);
  }
}

/** Every row of a table, in a stable order, for comparing two builds of a read model. */
export async function tableRows(db: Kysely<ReadDatabase>, schema: string, table: string, orderBy: string[]): Promise<unknown[]> {
  const order = sql.join(orderBy.map((column) => sql.ref(column)));
  const { rows } = await sql`select * from ${sql.table(`${schema}.${table}`)} order by ${order}`.execute(db);
  return rows;
}

export interface SchemaTable {
  schema: string;
  name: string;
  /** All its columns but json ones (no order): ordering by them makes the comparison independent of insertion order. */
  orderBy: string[];
}

/**
 * Every table of the schemas whose names are LIKE `schemaLike`: a new table or column is compared
 * without anyone remembering to list it.
 */
export async function schemaTables(db: Kysely<ReadDatabase>, schemaLike: string): Promise<SchemaTable[]> {
  const { rows } = await sql<SchemaTable>`
    select table_schema as schema, table_name as name, array_agg(column_name::text order by ordinal_position) filter (where data_type <> 'json') as "orderBy"
    from information_schema.columns where table_schema like ${schemaLike}
    group by table_schema, table_name order by table_schema, table_name`.execute(db);
  return rows;
}
