import type { Kysely } from 'kysely';
import { schemaTables, tableRows } from '../../projections/shared/testing/projection-harness.js';

/** Every row of every read-model table, keyed `schema.table`: what "equal to a rebuild" compares. */
export async function readModels(db: Kysely<any>): Promise<Record<string, unknown[]>> {
  const models: Record<string, unknown[]> = {};
  for (const table of await schemaTables(db, 'proj\\_%')) {
    // The segments' clock follows the wall clock (the time sweep), so a restart and a later rebuild read it at different instants.
    if (table.name === 'segment_clock') continue;
    models[`${table.schema}.${table.name}`] = await tableRows(db, table.schema, table.name, table.orderBy);
  }
  return models;
}
