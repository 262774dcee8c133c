import type { ColumnType, Selectable } from 'kysely';
import type { Role } from './roles.js';

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

export interface AuthDatabase {
  api_key: ApiKeyTable;
}

export type ApiKeyRow = Selectable<ApiKeyTable>;

