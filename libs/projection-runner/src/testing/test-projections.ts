import { column, defineTables, type ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';
import { defineProjection, type Recorded, type TypedProjection } from '../projection.js';

export const COUNTED = 'TestCounted';
export const IGNORED = 'TestIgnored';

type Counted = { type: typeof COUNTED; data: { poison?: boolean } };

export interface CountingProjectionOptions {
  name?: string;
  version?: number;
  /** Written beside every applied event, to tell which runner applied it. */
  appliedBy?: string;
  /** Throws on events whose data has `poison: true`. */
  poisonable?: boolean;
  /** Runs inside the batch transaction after the writes, before the checkpoint moves. */
  afterWrites?: (events: Recorded<Counted>[]) => Promise<void>;
}

const countingTables = defineTables({
  stream_count: { columns: { stream_name: column.text().primaryKey(), events: column.integer() } },
  // No unique key: an event applied twice shows up as two rows instead of an error.
  applied: { columns: { event_id: column.text(), applied_by: column.text().nullable() } },
});

/** Counts events per stream and logs every application. */
export function countingProjection(options: CountingProjectionOptions = {}): TypedProjection<typeof countingTables> {
  return defineProjection<Counted>()({
    name: options.name ?? 'counter',
    version: options.version ?? 1,
    handles: { [COUNTED]: true },
    tables: countingTables,
    async applyBatch(trx, events) {
      for (const event of events) {
        if (options.poisonable && event.data.poison === true) throw new Error(`poisoned event ${event.id}`);
      }
      await trx
        .insertInto('applied')
        .values(events.map((event) => ({ event_id: event.id, applied_by: options.appliedBy ?? null })))
        .execute();
      for (const event of events) {
        await trx
          .insertInto('stream_count')
          .values({ stream_name: event.streamName, events: 1 })
          .onConflict((oc) => oc.column('stream_name').doUpdateSet({ events: sql`stream_count.events + 1` }))
          .execute();
      }
      await options.afterWrites?.(events);
    },
  });
}

/** The read model as sorted plain rows, for comparing two builds of it. */
export async function readCounts(db: Kysely<ReadDatabase>, schema: string): Promise<Record<string, number>> {
  const rows = await countingProjection().read(db, schema).selectFrom('stream_count').select(['stream_name', 'events']).orderBy('stream_name').execute();
  return Object.fromEntries(rows.map((row) => [row.stream_name, row.events]));
}

export async function readApplications(db: Kysely<ReadDatabase>, schema: string): Promise<{ total: number; distinct: number }> {
  const row = await countingProjection()
    .read(db, schema)
    .selectFrom('applied')
    .select((eb) => [eb.fn.countAll<string>().as('total'), sql<string>`count(distinct event_id)`.as('distinct')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), distinct: Number(row.distinct) };
}

export const STEPPED = 'TestStepped';

type Stepped = { type: typeof STEPPED; data: { steps: number } } | Counted;

const steppingTables = defineTables({
  counted: { columns: { id: column.integer().primaryKey(), events: column.integer() } },
  pending: { columns: { id: column.integer().primaryKey(), steps: column.integer() } },
  /**
   * One row per step: how many counted events had been applied when it ran, and the transaction
   * that wrote it (a rebuild's tables are rewritten when set logged, so the rows' xmin cannot say).
   */
  step: { columns: { counted_before: column.integer(), xid: column.text() } },
});

/**
 * Counts TestCounted events; a TestStepped event leaves `steps` steps of work that each record the
 * count as they see it: a step that sees a later event, or runs in its batch's transaction, shows.
 */
export function steppingProjection({ beforeStep }: { beforeStep?: () => Promise<void> } = {}): TypedProjection<typeof steppingTables> {
  return defineProjection<Stepped>()({
    name: 'stepper',
    version: 1,
    handles: { [COUNTED]: true, [STEPPED]: true },
    tables: steppingTables,
    afterCreate: async (db) => {
      await db.insertInto('counted').values({ id: 1, events: 0 }).execute();
      await db.insertInto('pending').values({ id: 1, steps: 0 }).execute();
    },
    batchEndsAfter: [STEPPED],
    async applyBatch(trx, events) {
      for (const event of events) {
        if (event.type === STEPPED) await trx.updateTable('pending').set({ steps: event.data.steps }).execute();
        else await trx.updateTable('counted').set({ events: sql`events + 1` }).execute();
      }
    },
    async nextStep(trx) {
      const { steps } = await trx.selectFrom('pending').select('steps').executeTakeFirstOrThrow();
      if (steps === 0) return false;
      await beforeStep?.();
      const { events } = await trx.selectFrom('counted').select('events').executeTakeFirstOrThrow();
      await trx
        .insertInto('step')
        .values({ counted_before: events, xid: sql<string>`pg_current_xact_id()::text` })
        .execute();
      await trx.updateTable('pending').set({ steps: steps - 1 }).execute();
      return true;
    },
  });
}
