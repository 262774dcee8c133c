import type { ColumnType } from 'kysely';
import type { ComplianceDatabase } from '../access-log/access-log.table.js';
import type { SealEntry } from './seal-entry.js';

export type SealedLogName = 'events' | 'access';

export interface AuditSealTable {
  log: SealedLogName;
  /** 1, 2, 3... per log: a seal removed from the middle leaves a gap the next one names. */
  seq: ColumnType<string, string, never>;
  sealed_at: Date;
  /** The last item of the seal before (a log position or an access-log id); null for the first seal. */
  after_ref: string | null;
  through_ref: string;
  item_count: number;
  total_count: ColumnType<string, string, never>;
  previous_hash: string;
  head_hash: string;
  key_id: string;
  signature: string;
  entries: ColumnType<SealEntry[], string, never>;
}

export interface SealDatabase {
  audit_seal: AuditSealTable;
}

/** What seals and their verification read: the seals and the access log, in the read-store database. */
export interface AuditDatabase extends SealDatabase, ComplianceDatabase {}
