import type { Projection } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import { auditRow } from './audit-row.js';
import type { AuditTables } from './audit.tables.js';
import { auditedEventTypes } from './audited-event-types.js';

/** The audit index over the whole log: GET /audit/events filters it and reads the events from the log. */
export const auditProjection: Projection = {
  name: 'audit',
  version: 1,
  eventTypes: auditedEventTypes,

  async createSchema(db: Kysely<any>, schema: string) {
    await db.schema
      .withSchema(schema)
      .createTable('audit_event')
      .addColumn('event_id', 'text', (col) => col.primaryKey())
      .addColumn('commit_position', 'bigint', (col) => col.notNull())
      .addColumn('prepare_position', 'bigint', (col) => col.notNull())
      .addColumn('stream_name', 'text', (col) => col.notNull())
      .addColumn('revision', 'bigint', (col) => col.notNull())
      .addColumn('event_type', 'text', (col) => col.notNull())
      .addColumn('schema_version', 'integer', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('channel', 'text')
      .addColumn('occurred_at', 'timestamptz')
      .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
      .execute();
    // Pages run in log order; each filter gets an index that keeps that order.
    const table = sql.table(`${schema}.audit_event`);
    await sql`create unique index audit_event_position on ${table} (commit_position, prepare_position)`.execute(db);
    for (const column of ['actor_id', 'event_type', 'stream_name', 'channel']) {
      await sql`create index ${sql.id(`audit_event_${column}`)} on ${table} (${sql.id(column)}, commit_position, prepare_position)`.execute(db);
    }
    await sql`create index audit_event_recorded_at on ${table} (recorded_at)`.execute(db);
  },

  async applyBatch(trx, events, { schema }) {
    if (events.length === 0) return;
    await (trx.withSchema(schema) as unknown as Kysely<AuditTables>)
      .insertInto('audit_event')
      .values(events.map(auditRow))
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .execute();
  },
};
