import { touchEventTypes, type CustomerEvent } from '#crm/domain';
import type { Projection } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import { eventContext } from '../shared/recorded-event-context.js';
import { evolveDirectoryEntry, type DirectoryEntry } from './directory-entry.js';
import type { DirectoryTables } from './directory.tables.js';

const table = (db: Kysely<any>, schema: string) => db.withSchema(schema) as unknown as Kysely<DirectoryTables>;

/**
 * Substring search needs trigram indexes. Creating the extension needs rights the database may
 * not grant: then the directory still works, scanning instead of using an index.
 */
async function createSearchIndex(db: Kysely<any>, schema: string): Promise<void> {
  await sql`do $$ begin create extension if not exists pg_trgm; exception when others then null; end $$`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (rows.length === 0) return;
  const operators = sql.raw(`${rows[0]!.schema}.gin_trgm_ops`);
  await sql`create index directory_entry_search on ${sql.table(`${schema}.directory_entry`)} using gin (search_text ${operators})`.execute(db);
}

/** The customer directory: GET /customers, searched by name, email or phone. Reads decoded events. */
export const directoryProjection: Projection = {
  name: 'directory',
  version: 1,
  eventTypes: ['CustomerRegistered', 'CustomerDetailsChanged', 'CustomerOwnerAssigned', 'CustomerErased', ...touchEventTypes],

  async createSchema(db: Kysely<any>, schema: string) {
    await db.schema
      .withSchema(schema)
      .createTable('directory_entry')
      .addColumn('customer_id', 'uuid', (col) => col.primaryKey())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addColumn('owner_id', 'text')
      .addColumn('organization_id', 'uuid')
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('created_at', 'timestamptz', (col) => col.notNull())
      .addColumn('last_touch_at', 'timestamptz')
      .addColumn('erased', 'boolean', (col) => col.notNull())
      .addColumn('sort_name', 'text', (col) => col.notNull())
      .addColumn('search_text', 'text', (col) => col.notNull())
      .execute();
    const entries = sql.table(`${schema}.directory_entry`);
    await sql`create index directory_entry_page on ${entries} (sort_name, customer_id)`.execute(db);
    await sql`create index directory_entry_owner on ${entries} (owner_id, sort_name, customer_id)`.execute(db);
    await sql`create index directory_entry_organization on ${entries} (organization_id, sort_name, customer_id)`.execute(db);
    await createSearchIndex(db, schema);
  },

  async applyBatch(trx, events, { schema }) {
    const current = events.map((recorded) => ({
      event: recorded as unknown as CustomerEvent,
      occurredAt: eventContext(recorded).occurredAt,
    }));
    const ids = [...new Set(current.map(({ event }) => event.data.customerId))];
    const rows = await table(trx, schema).selectFrom('directory_entry').selectAll().where('customer_id', 'in', ids).forUpdate().execute();
    const entries = new Map<string, DirectoryEntry | undefined>(rows.map((row) => [row.customer_id, row]));
    for (const { event, occurredAt } of current) {
      entries.set(event.data.customerId, evolveDirectoryEntry(entries.get(event.data.customerId), event, occurredAt));
    }
    const changed = [...entries.values()].filter((entry): entry is DirectoryEntry => entry !== undefined);
    if (changed.length === 0) return;
    await table(trx, schema)
      .insertInto('directory_entry')
      .values(changed)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          email: eb.ref('excluded.email'),
          phone: eb.ref('excluded.phone'),
          city: eb.ref('excluded.city'),
          country: eb.ref('excluded.country'),
          owner_id: eb.ref('excluded.owner_id'),
          organization_id: eb.ref('excluded.organization_id'),
          source: eb.ref('excluded.source'),
          created_at: eb.ref('excluded.created_at'),
          last_touch_at: eb.ref('excluded.last_touch_at'),
          erased: eb.ref('excluded.erased'),
          sort_name: eb.ref('excluded.sort_name'),
          search_text: eb.ref('excluded.search_text'),
        })),
      )
      .execute();
  },
};
