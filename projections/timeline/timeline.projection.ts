import { touchEventTypes } from '#crm/domain';
import type { Projection } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import { timelineEntry } from './timeline-entry.js';
import type { TimelineEvent } from './timeline-summary.js';
import type { TimelineTables } from './timeline.tables.js';

// A record keyed by every type makes the compiler refuse a list that forgets one.
const nonTouchTypes: Record<Exclude<TimelineEvent['type'], (typeof touchEventTypes)[number]>, true> = {
  CustomerRegistered: true,
  CustomerDetailsChanged: true,
  CustomerAttributesChanged: true,
  CustomerOwnerAssigned: true,
  ConsentGiven: true,
  ConsentWithdrawn: true,
  CustomerErased: true,
  OpportunityOpened: true,
  OpportunityStageChanged: true,
  OpportunityWon: true,
  OpportunityLost: true,
};

export const timelineEventTypes: string[] = [...touchEventTypes, ...Object.keys(nonTouchTypes)];

/**
 * Every touch, record change and deal move of a customer, newest first: GET /customers/:id/timeline.
 * Reads decoded events (the runner's decoder decrypts and upcasts them).
 */
export const timelineProjection: Projection = {
  name: 'timeline',
  version: 1,
  eventTypes: timelineEventTypes,

  async createSchema(db: Kysely<any>, schema: string) {
    await db.schema
      .withSchema(schema)
      .createTable('timeline_entry')
      .addColumn('event_id', 'text', (col) => col.primaryKey())
      .addColumn('customer_id', 'uuid', (col) => col.notNull())
      .addColumn('commit_position', 'bigint', (col) => col.notNull())
      .addColumn('prepare_position', 'bigint', (col) => col.notNull())
      .addColumn('type', 'text', (col) => col.notNull())
      .addColumn('category', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('channel', 'text')
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('amount', 'bigint')
      .addColumn('currency', 'text')
      .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
      .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
      .execute();
    // The page order, so the first and the hundredth page of a long history cost the same.
    await sql`create index timeline_entry_page on ${sql.table(`${schema}.timeline_entry`)}
      (customer_id, occurred_at desc, commit_position desc, prepare_position desc)`.execute(db);
  },

  async applyBatch(trx, events, { schema }) {
    if (events.length === 0) return;
    const rows = events.map((recorded) => timelineEntry(recorded, recorded as unknown as TimelineEvent));
    await (trx.withSchema(schema) as unknown as Kysely<TimelineTables>)
      .insertInto('timeline_entry')
      .values(rows)
      .onConflict((oc) => oc.column('event_id').doNothing())
      .execute();
  },
};
