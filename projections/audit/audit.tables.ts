import type { ColumnType } from 'kysely';

type BigintColumn = ColumnType<string, bigint | string, never>;

/** One row per event: who, when, how, where in the log. No data, so no personal data. */
export interface AuditEventTable {
  event_id: string;
  commit_position: BigintColumn;
  prepare_position: BigintColumn;
  stream_name: string;
  revision: BigintColumn;
  event_type: string;
  schema_version: number;
  actor_id: string | null;
  actor_role: string | null;
  channel: string | null;
  occurred_at: Date | null;
  recorded_at: Date;
}

export interface AuditTables {
  audit_event: AuditEventTable;
}
