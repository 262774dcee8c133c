import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from './roles.js';
import type { Locale } from './users/locales.js';

export interface ApiKeyTable {
  id: string;
  key_hash: string;
  name: string;
  role: Role;
  staff_id: string | null;
  created_at: ColumnType<Date, never, never>;
  last_used_at: ColumnType<Date | null, never, Date>;
  revoked_at: ColumnType<Date | null, never, Date>;
}

/** A staff member who can sign in; the staff member itself is a fact in the log (StaffRegistered). */
export interface StaffUserTable {
  staff_id: string;
  email: string;
  name: string;
  role: Role;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  password_hash: string | null;
  created_at: ColumnType<Date, never, never>;
  disabled_at: ColumnType<Date | null, never, Date | null>;
}

export interface StaffSessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface SignInFailureTable {
  id: Generated<string>;
  email: string;
  address: string;
  failed_at: Date;
}

export interface AuthDatabase {
  api_key: ApiKeyTable;
  staff_user: StaffUserTable;
  staff_session: StaffSessionTable;
  sign_in_failure: SignInFailureTable;
}

export type ApiKeyRow = Selectable<ApiKeyTable>;
export type StaffUserRow = Selectable<StaffUserTable>;
