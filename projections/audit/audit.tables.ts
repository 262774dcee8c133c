import { column, defineTables, type TableOf, type TablesOf } from '#crm/read-store';

export const auditTables = defineTables({
  /** One row per event: who, when, how, where in the log. No data, so no personal data. */
  audit_event: {
    columns: {
      event_id: column.text().primaryKey(),
      commit_position: column.bigint(),
      prepare_position: column.bigint(),
      stream_name: column.text(),
      revision: column.bigint(),
      event_type: column.text(),
      schema_version: column.integer(),
      actor_id: column.text().nullable(),
      actor_role: column.text().nullable(),
      channel: column.text().nullable(),
      occurred_at: column.timestamptz().nullable(),
      recorded_at: column.timestamptz(),
    },
    // Pages run in log order; each filter gets an index that keeps that order.
    indexes: [
      { name: 'audit_event_position', on: ['commit_position', 'prepare_position'], unique: true },
      { name: 'audit_event_actor_id', on: ['actor_id', 'commit_position', 'prepare_position'], onlyForQueries: true },
      { name: 'audit_event_event_type', on: ['event_type', 'commit_position', 'prepare_position'], onlyForQueries: true },
      { name: 'audit_event_stream_name', on: ['stream_name', 'commit_position', 'prepare_position'], onlyForQueries: true },
      { name: 'audit_event_channel', on: ['channel', 'commit_position', 'prepare_position'] },
      { name: 'audit_event_recorded_at', on: ['recorded_at'] },
    ],
  },
});

export type AuditTables = TablesOf<typeof auditTables>;
export type AuditEventTable = TableOf<typeof auditTables.audit_event>;
