import type { ColumnType, Generated } from 'kysely';

export interface AccessLogTable {
  id: ColumnType<string, never, never>;
  accessed_at: Generated<Date>;
  actor_id: string;
  actor_role: string;
  api_key_id: string;
  subject_kind: string;
  subject_id: string;
  action: string;
  route: string;
  reason: string | null;
  /** A list read: its filters (canonical JSON) and how many rows it returned. */
  query: ColumnType<string | null, string | null | undefined, never>;
  row_count: ColumnType<number | null, number | null | undefined, never>;
}

export interface ComplianceDatabase {
  access_log: AccessLogTable;
}
