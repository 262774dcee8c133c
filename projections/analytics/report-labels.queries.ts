import type { ExternalId } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';
import { projectionAvailable } from '../directory/directory.queries.js';

/** How a report names a customer: the directory's name (or the erased marker) and the source systems' ids. */
export interface CustomerLabel {
  name: string;
  externalIds: ExternalId[];
}

/**
 * The names reports show beside ids, read from the projections that keep them (directory, staff,
 * segments) when they run against this database, and from the campaigns' own table; an id they do
 * not know has no entry.
 */
export async function customerLabels(read: Kysely<ReadDatabase>, customerIds: readonly string[]): Promise<Map<string, CustomerLabel>> {
  const ids = [...new Set(customerIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0 || !(await projectionAvailable(read, 'directory'))) return new Map();
  const { rows } = await sql<{ customer_id: string; name: string; external_ids: ExternalId[] }>`
    select customer_id::text, name, external_ids from ${sql.table(`${projectionSchema('directory')}.directory_entry`)}
    where customer_id = any(${ids}::uuid[])`.execute(read);
  // jsonb keeps an object's keys in its own order: put `system` first again.
  return new Map(rows.map((row) => [row.customer_id, { name: row.name, externalIds: row.external_ids.map(({ system, value }) => ({ system, value })) }]));
}

export async function staffNames(read: Kysely<ReadDatabase>, staffIds: readonly string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(staffIds)];
  if (ids.length === 0 || !(await projectionAvailable(read, 'staff'))) return new Map();
  const { rows } = await sql<{ staff_id: string; name: string | null }>`
    select staff_id, name from ${sql.table(`${projectionSchema('staff')}.staff_member`)} where staff_id = any(${ids}::text[])`.execute(read);
  return new Map(rows.map((row) => [row.staff_id, row.name]));
}

export async function segmentNames(read: Kysely<ReadDatabase>, segmentIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(segmentIds)];
  if (ids.length === 0 || !(await projectionAvailable(read, 'segments'))) return new Map();
  const { rows } = await sql<{ segment_id: string; name: string }>`
    select segment_id, name from ${sql.table(`${projectionSchema('segments')}.segment`)} where segment_id = any(${ids}::text[])`.execute(read);
  return new Map(rows.map((row) => [row.segment_id, row.name]));
}

/** Campaigns sent from here (POST /campaigns) by their name; a campaign id from elsewhere (an import, a test) has none. */
export async function campaignNames(read: Kysely<ReadDatabase>, campaignIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(campaignIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Map();
  const rows = await read.selectFrom('campaign').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
