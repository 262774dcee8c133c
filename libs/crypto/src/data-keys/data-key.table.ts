import type { ColumnType } from 'kysely';

export interface DataKeyTable {
  key_id: string;
  subject_kind: string;
  subject_id: string;
  /** The data key wrapped with the master key (iv ‖ tag ‖ ciphertext); null once destroyed. */
  wrapped_key: Buffer | null;
  master_key_id: string | null;
  created_at: ColumnType<Date, never, never>;
  destroyed_at: ColumnType<Date | null, Date | undefined, Date>;
}

export interface CryptoDatabase {
  data_key: DataKeyTable;
}
