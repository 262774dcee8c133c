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

/** One row: the id of the master key this database's data keys are wrapped with. */
export interface MasterKeyRecordTable {
  singleton: ColumnType<boolean, never, never>;
  master_key_id: string;
  recorded_at: ColumnType<Date, never, never>;
}

export interface CryptoDatabase {
  data_key: DataKeyTable;
  crypto_master_key: MasterKeyRecordTable;
}
