import { sql, type Kysely } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';
import type { Projection } from '../projection.js';

export const COUNTED = 'TestCounted';
export const IGNORED = 'TestIgnored';

export interface CountingProjectionOptions {
  name?: string;
  version?: number;
  /** Written beside every applied event, to tell which runner applied it. */
  appliedBy?: string;
  /** Throws on events whose data has `poison: true`. */
  poisonable?: boolean;
  /** Runs inside the batch transaction after the writes, before the checkpoint moves. */
  afterWrites?: (events: RecordedEvent[]) => Promise<void>;
}

/**
 * Counts events per stream and logs every application without a unique key, so an event
 * applied twice shows up as two rows instead of an error.
 */
export function countingProjection(options: CountingProjectionOptions = {}): Projection {
  return {
    name: options.name ?? 'counter',
    version: options.version ?? 1,
    eventTypes: [COUNTED],
    async createSchema(db: Kysely<any>, schema: string) {
      await db.schema
        .withSchema(schema)
        .createTable('stream_count')
        .addColumn('stream_name', 'text', (col) => col.primaryKey())
        .addColumn('events', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .withSchema(schema)
        .createTable('applied')
        .addColumn('event_id', 'text', (col) => col.notNull())
        .addColumn('applied_by', 'text')
        .execute();
    },
    async applyBatch(trx, events, { schema }) {
      for (const event of events) {
        if (options.poisonable && event.data.poison === true) throw new Error(`poisoned event ${event.id}`);
      }
      const db = trx.withSchema(schema);
      await db
        .insertInto('applied')
        .values(events.map((event) => ({ event_id: event.id, applied_by: options.appliedBy ?? null })))
        .execute();
      for (const event of events) {
        await db
          .insertInto('stream_count')
          .values({ stream_name: event.streamName, events: 1 })
          .onConflict((oc) => oc.column('stream_name').doUpdateSet({ events: sql`stream_count.events + 1` }))
          .execute();
      }
      await options.afterWrites?.(events);
    },
  };
}

/** The read model as sorted plain rows, for comparing two builds of it. */
export async function readCounts(db: Kysely<any>, schema: string): Promise<Record<string, number>> {
  const rows = await db.withSchema(schema).selectFrom('stream_count').select(['stream_name', 'events']).orderBy('stream_name').execute();
  return Object.fromEntries(rows.map((row) => [row.stream_name as string, row.events as number]));
}

export async function readApplications(db: Kysely<any>, schema: string): Promise<{ total: number; distinct: number }> {
  const row = await db
    .withSchema(schema)
    .selectFrom('applied')
    .select((eb) => [eb.fn.countAll<string>().as('total'), sql<string>`count(distinct event_id)`.as('distinct')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), distinct: Number(row.distinct) };
}
