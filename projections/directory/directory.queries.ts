import { projectionSchema, type LiveTables } from '#crm/projection-runner';
import type { AttributeValue, ExternalId } from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { LifecycleTables } from '../lifecycle/lifecycle.tables.js';
import type { DirectoryEntryTable, DirectoryTables } from './directory.tables.js';
import { decodeCursor, encodeCursor, isUuidText } from '../shared/opaque-cursor.js';

/** Where the previous page ended: its last entry's sort name and id. */
export type DirectoryCursor = readonly [sortName: string, customerId: string];

export function parseDirectoryCursor(text: string): DirectoryCursor | null {
  return decodeCursor<DirectoryCursor>(text, (value): value is [string, string] => value.length === 2 && typeof value[0] === 'string' && isUuidText(value[1]));
}

export interface DirectoryPageRequest {
  /** Matches any part of the name, email or phone, ignoring case (and separators in a phone number). */
  q?: string;
  stage?: string;
  ownerId?: string;
  /** ISO 3166-1 alpha-2, as addresses keep it. */
  country?: string;
  organizationId?: string;
  /** Customers known by this id in a source system (any system). */
  externalId?: string;
  /** Members of this segment now; check segmentsAvailable first. */
  segmentId?: string;
  /** Only these customers: a screen naming the records another read model lists by id. */
  customerIds?: readonly string[];
  after?: DirectoryCursor | null;
  limit: number;
  /** Record access: only customers owned by these staff members, or by nobody. */
  visibleOwners?: readonly string[];
}

export interface DirectoryItem {
  customerId: string;
  kind: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  externalIds: ExternalId[];
  attributes: Record<string, AttributeValue>;
  ownerId: string | null;
  organizationId: string | null;
  organizationRole: string | null;
  source: string;
  createdAt: string;
  lastTouchAt: string | null;
  erased: boolean;
  lifecycle: { stage: string; grade: string | null } | null;
}

export interface DirectoryPage {
  items: DirectoryItem[];
  nextCursor: string | null;
}

// The segments projection's table of current members.
const SEGMENT_MEMBERS = `${projectionSchema('segments')}.segment_member`;

/**
 * Whether a projection runs against this database, so queries may join its tables: its checkpoint
 * row and its schema are created in one transaction.
 */
export async function projectionAvailable(read: Kysely<ReadDatabase>, name: string): Promise<boolean> {
  const row = await read.selectFrom('projection_checkpoint').select('name').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

/** Whether the directory can filter by segment. */
export const segmentsAvailable = (read: Kysely<ReadDatabase>): Promise<boolean> => projectionAvailable(read, 'segments');

const PHONE_LIKE = /^[+\d\s().-]+$/;

/** The text `q` stands for inside search_text, as a LIKE pattern with its wildcards escaped. */
function searchPattern(q: string): string {
  const trimmed = q.trim().toLowerCase();
  const term = PHONE_LIKE.test(trimmed) ? trimmed.replace(/[\s().-]/g, '') : trimmed;
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * By name, then id; keyset paging, so customers registered meanwhile never shift a later page. A
 * record merged into another is left out, its survivor standing for the person, unless asked for by id.
 */
export async function directoryPage(read: Kysely<ReadDatabase>, request: DirectoryPageRequest): Promise<DirectoryPage> {
  const { q, stage, ownerId, country, organizationId, externalId, segmentId, customerIds, after, visibleOwners } = request;
  const rows = await read
    .withTables<LiveTables<'directory', DirectoryTables> & LiveTables<'lifecycle', LifecycleTables>>()
    .selectFrom('proj_directory.directory_entry as d')
    .leftJoin('proj_lifecycle.customer_lifecycle as l', 'l.customer_id', 'd.customer_id')
    .selectAll('d')
    .select(['l.stage as stage', 'l.grade as grade'])
    // Asked for by id, a merged record still has its name (the notice on its survivor's page names it).
    .$if(customerIds === undefined, (query) => query.where('d.merged_into', 'is', null))
    .$if(q !== undefined, (query) => query.where('d.search_text', 'like', searchPattern(q!)))
    .$if(stage !== undefined, (query) => query.where('l.stage', '=', stage!))
    .$if(ownerId !== undefined, (query) => query.where('d.owner_id', '=', ownerId!))
    .$if(country !== undefined, (query) => query.where('d.country', '=', country!))
    .$if(organizationId !== undefined, (query) => query.where('d.organization_id', '=', organizationId!))
    .$if(customerIds !== undefined, (query) => query.where('d.customer_id', 'in', customerIds!))
    .$if(externalId !== undefined, (query) => query.where(sql<boolean>`d.external_ids @> ${JSON.stringify([{ value: externalId }])}::jsonb`))
    .$if(visibleOwners !== undefined, (query) =>
      query.where((eb) => eb.or([eb('d.owner_id', 'is', null), ...(visibleOwners!.length > 0 ? [eb('d.owner_id', 'in', visibleOwners!)] : [])])),
    )
    .$if(segmentId !== undefined, (query) =>
      query.where(sql<boolean>`d.customer_id::text in (select customer_id::text from ${sql.table(SEGMENT_MEMBERS)} where segment_id = ${segmentId})`),
    )
    .$if(!!after, (query) => query.where(sql<boolean>`(d.sort_name, d.customer_id) > (${after![0]}, ${after![1]}::uuid)`))
    .orderBy('d.sort_name')
    .orderBy('d.customer_id')
    .limit(request.limit + 1)
    .execute();
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > request.limit && last ? encodeCursor([last.sort_name, last.customer_id]) : null,
  };
}

function toItem(row: Selectable<DirectoryEntryTable> & { stage: string | null; grade: string | null }): DirectoryItem {
  return {
    customerId: row.customer_id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    city: row.city,
    // A postal address's country first; else the one an import mapped as an attribute (Online
    // Retail's, on its invoices), which is the customer's too and not personal data.
    country: row.country ?? (row.erased || typeof row.attributes.country !== 'string' ? null : row.attributes.country),
    // jsonb keeps an object's keys in its own order: put `system` first again.
    externalIds: row.external_ids.map(({ system, value }) => ({ system, value })),
    attributes: row.attributes,
    ownerId: row.owner_id,
    organizationId: row.organization_id,
    organizationRole: row.organization_role,
    source: row.source,
    createdAt: row.created_at.toISOString(),
    lastTouchAt: row.last_touch_at?.toISOString() ?? null,
    erased: row.erased,
    lifecycle: row.stage === null ? null : { stage: row.stage, grade: row.grade },
  };
}

/** The kind of a listed customer (person, organization), undefined when the directory has none such. */
export async function customerKind(read: Kysely<ReadDatabase>, customerId: string): Promise<string | undefined> {
  const row = await read
    .withTables<LiveTables<'directory', DirectoryTables>>()
    .selectFrom('proj_directory.directory_entry')
    .select('kind')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row?.kind;
}
