import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely, type Selectable } from 'kysely';
import { projectionSchema } from '#crm/projection-runner';
import { decodeCursor, encodeCursor, isIntegerText, isIsoInstant } from '../shared/opaque-cursor.js';
import { timelineProjection } from './timeline.projection.js';
import type { TimelineFacts } from './timeline-facts.js';
import type { TimelineAmendment, TimelineEntryTable } from './timeline.tables.js';

/** Where the previous page ended: its last entry's place in the page order. */
export type TimelineCursor = readonly [occurredAt: string, commit: string, prepare: string];

export function parseTimelineCursor(text: string): TimelineCursor | null {
  return decodeCursor<TimelineCursor>(
    text,
    (value): value is [string, string, string] => value.length === 3 && isIsoInstant(value[0]) && isIntegerText(value[1]) && isIntegerText(value[2]),
  );
}

export interface TimelinePageRequest {
  customerId: string;
  /** Only these event types; all when absent. */
  types?: readonly string[];
  /** occurredAt ≥ from. */
  from?: Date;
  /** occurredAt < to. */
  to?: Date;
  after?: TimelineCursor | null;
  limit: number;
  /**
   * An account's view: the entries of the organization and of its people now (those the directory
   * lists under it), each entry still naming its own customer. `visibleOwners` is record access:
   * only the people owned by these staff members, or by nobody.
   */
  contacts?: { visibleOwners?: readonly string[] };
}

// The directory's table: who belongs to an organization now.
const DIRECTORY_ENTRY = `${projectionSchema('directory')}.directory_entry`;

function contactsOf(organizationId: string, visibleOwners: readonly string[] | undefined) {
  const owned =
    visibleOwners === undefined ? sql`` : sql` and (owner_id is null${visibleOwners.length > 0 ? sql` or owner_id in (${sql.join(visibleOwners)})` : sql``})`;
  return sql<boolean>`customer_id in (select customer_id from ${sql.table(DIRECTORY_ENTRY)} where organization_id = ${organizationId}${owned})`;
}

export interface TimelineItem {
  eventId: string;
  /** The customer the entry belongs to: one of the organization's people in an account's view. */
  customerId: string;
  type: string;
  category: string;
  summary: string;
  /** What the summary is made of (timeline-facts.ts), for wording it in another language. */
  facts: TimelineFacts;
  channel: string | null;
  actor: { id: string; role: string | null } | null;
  amount: { amount: number; currency: string } | null;
  occurredAt: string;
  recordedAt: string;
  /** A touch voided or corrected since it was recorded; its summary, amount and time are the corrected ones. */
  amendment: TimelineAmendment | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** Null on the last page. */
  nextCursor: string | null;
}

function toItem(row: Selectable<TimelineEntryTable>): TimelineItem {
  return {
    eventId: row.event_id,
    customerId: row.customer_id,
    type: row.type,
    category: row.category,
    summary: row.summary,
    facts: row.facts,
    channel: row.channel,
    actor: row.actor_id === null ? null : { id: row.actor_id, role: row.actor_role },
    amount: row.amount === null || row.currency === null ? null : { amount: Number(row.amount), currency: row.currency },
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    amendment: row.amendment,
  };
}

/**
 * A survivor's page holds the entries of the records merged into it. Newest first by business time, then log position. Keyset paging: entries arriving while a
 * client pages never shift or repeat the entries of its later pages.
 */
export async function timelinePage(read: Kysely<ReadDatabase>, request: TimelinePageRequest): Promise<TimelinePage> {
  const { after, types, from, to, contacts } = request;
  const tables = timelineProjection.read(read);
  // The ids named outright, not through a subquery: a customer with no merged records (nearly all)
  // then reads its page straight off the index, in order, however long its history.
  const absorbed = await tables.selectFrom('customer_merge').select('absorbed_id').where('survivor_id', '=', request.customerId).execute();
  const ids = [request.customerId, ...absorbed.map((row) => row.absorbed_id)];
  const rows = await tables
    .selectFrom('timeline_entry')
    .selectAll()
    .where((eb) => eb.or([eb('customer_id', 'in', ids), ...(contacts ? [contactsOf(request.customerId, contacts.visibleOwners)] : [])]))
    .$if(types !== undefined && types.length > 0, (query) => query.where('type', 'in', types!))
    .$if(from !== undefined, (query) => query.where('occurred_at', '>=', from!))
    .$if(to !== undefined, (query) => query.where('occurred_at', '<', to!))
    .$if(!!after, (query) =>
      query.where(sql<boolean>`(occurred_at, commit_position, prepare_position) < (${new Date(after![0])}, ${after![1]}::bigint, ${after![2]}::bigint)`),
    )
    .orderBy('occurred_at', 'desc')
    .orderBy('commit_position', 'desc')
    .orderBy('prepare_position', 'desc')
    .limit(request.limit + 1)
    .execute();
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > request.limit && last ? encodeCursor([last.occurred_at.toISOString(), last.commit_position, last.prepare_position]) : null,
  };
}

/**
 * The log position of the customer's latest timeline entry ("commit-prepare"), null when none:
 * what a live view compares to know the read model has something new for it, and what tells an
 * empty page from an unknown customer.
 */
export async function timelineHead(read: Kysely<ReadDatabase>, customerId: string): Promise<string | null> {
  const row = await timelineProjection
    .read(read)
    .selectFrom('timeline_entry')
    .select(['commit_position', 'prepare_position'])
    .where('customer_id', '=', customerId)
    .orderBy('commit_position', 'desc')
    .orderBy('prepare_position', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? `${row.commit_position}-${row.prepare_position}` : null;
}
