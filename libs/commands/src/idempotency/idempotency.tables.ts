import type { ColumnType } from 'kysely';

/**
 * The idempotency_record table (read-store migrations 20261125*-idempotency-*), typed
 * here rather than in ReadDatabase, as #crm/auth types api_key: the projections' Kysely type
 * stays theirs.
 */
export interface IdempotencyRecordTable {
  actor_key_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  /** The JSON text as first sent. */
  response_body: ColumnType<string, string, never>;
  created_at: ColumnType<Date, never, never>;
}

export interface IdempotencyDatabase {
  idempotency_record: IdempotencyRecordTable;
}
