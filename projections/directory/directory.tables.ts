import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

/** One row per customer: what the directory lists and searches. */
export interface DirectoryEntryTable {
  customer_id: string;
  kind: string;
  /** ERASED_MARKER once the person's data is erased or unreadable. */
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  owner_id: string | null;
  organization_id: string | null;
  source: string;
  created_at: Timestamp;
  last_touch_at: Timestamp | null;
  erased: boolean;
  /** lower(name): the page order, with customer_id. */
  sort_name: string;
  /** Name, email and phone in lower case: what `q` matches. */
  search_text: string;
}

export interface DirectoryTables {
  directory_entry: DirectoryEntryTable;
}
