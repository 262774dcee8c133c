import type { ColumnType } from 'kysely';

/**
 * The idempotency_record table (read-store migration 20261125100000-idempotency-record), typed
 * here rather than in ReadDatabase, as @crm/auth types api_key: the projections' Kysely type
 * stays theirs.
 */
export interface IdempotencyRecordTable {
  actor_key_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: ColumnType<unknown, string, never>;
  created_at: ColumnType<Date, never, never>;
}

export interface IdempotencyDatabase {
  idempotency_record: IdempotencyRecordTable;
}
