import { touchEventTypes, type CustomerEvent, type TouchEvent } from '#crm/domain';
import { defineProjection, eventTypeSet } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import { eventContext } from '../shared/recorded-event-context.js';
import { evolveDirectoryEntry, type DirectoryEntry } from './directory-entry.js';
import { directoryTables, type DirectoryTables } from './directory.tables.js';

/**
 * Substring search needs trigram indexes. Creating the extension needs rights the database may
 * not grant: then the directory still works, scanning instead of using an index.
 */
async function createSearchIndex(db: Kysely<DirectoryTables>, schema: string): Promise<void> {
  await sql`do $$ begin create extension if not exists pg_trgm; exception when others then null; end $$`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (rows.length === 0) return;
  const operators = sql.raw(`${rows[0]!.schema}.gin_trgm_ops`);
  await sql`create index directory_entry_search on ${sql.table(`${schema}.directory_entry`)} using gin (search_text ${operators})`.execute(db);
}

/** `?externalId=` looks a value up among every customer's source ids: containment, which this index answers. */
async function createIndexes(db: Kysely<DirectoryTables>, schema: string): Promise<void> {
  await sql`create index directory_entry_external_ids on ${sql.table(`${schema}.directory_entry`)} using gin (external_ids jsonb_path_ops)`.execute(db);
  await createSearchIndex(db, schema);
}

/** The customer directory: GET /customers, searched by name, email or phone. Reads decoded events. */
type DirectoryEvent =
  | TouchEvent
  | Extract<
      CustomerEvent,
      { type: 'CustomerRegistered' | 'CustomerDetailsChanged' | 'CustomerAttributesChanged' | 'CustomerOwnerAssigned' | 'CustomerErased' | 'CustomerAbsorbed' | 'CustomerRestored' }
    >;

export const directoryProjection = defineProjection<DirectoryEvent>()({
  name: 'directory',
  // 3: external_ids (the source systems' ids, GET /customers?externalId=) and attributes (CustomerAttributesChanged handled).
  version: 3,
  handles: {
    CustomerRegistered: true,
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    CustomerErased: true,
    CustomerAbsorbed: true,
    CustomerRestored: true,
    ...eventTypeSet(touchEventTypes),
  },
  tables: directoryTables,
  afterCreate: createIndexes,

  async applyBatch(trx, events) {
    const current = events.map((event) => ({ event, occurredAt: eventContext(event).occurredAt }));
    const ids = [...new Set(current.map(({ event }) => event.data.customerId))];
    const rows = await trx.selectFrom('directory_entry').selectAll().where('customer_id', 'in', ids).forUpdate().execute();
    const entries = new Map<string, DirectoryEntry | undefined>(rows.map((row) => [row.customer_id, row]));
    for (const { event, occurredAt } of current) {
      entries.set(event.data.customerId, evolveDirectoryEntry(entries.get(event.data.customerId), event, occurredAt));
    }
    const changed = [...entries.values()].filter((entry): entry is DirectoryEntry => entry !== undefined);
    if (changed.length === 0) return;
    await trx
      .insertInto('directory_entry')
      // pg would send a JavaScript array as a PostgreSQL array, not as JSON.
      .values(changed.map((entry) => ({ ...entry, external_ids: JSON.stringify(entry.external_ids) })))
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          email: eb.ref('excluded.email'),
          phone: eb.ref('excluded.phone'),
          external_ids: eb.ref('excluded.external_ids'),
          attributes: eb.ref('excluded.attributes'),
          city: eb.ref('excluded.city'),
          country: eb.ref('excluded.country'),
          owner_id: eb.ref('excluded.owner_id'),
          organization_id: eb.ref('excluded.organization_id'),
          organization_role: eb.ref('excluded.organization_role'),
          source: eb.ref('excluded.source'),
          created_at: eb.ref('excluded.created_at'),
          last_touch_at: eb.ref('excluded.last_touch_at'),
          erased: eb.ref('excluded.erased'),
          merged_into: eb.ref('excluded.merged_into'),
          sort_name: eb.ref('excluded.sort_name'),
          search_text: eb.ref('excluded.search_text'),
        })),
      )
      .execute();
  },
});
