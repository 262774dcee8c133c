import type { ReadDatabase } from '#crm/read-store';
import type { Selectable } from 'kysely';
import type { Role } from './roles.js';
import type { Locale } from './users/locales.js';

/** api_key, declared with the public schema's tables in #crm/read-store. */
export type ApiKeyTable = ReadDatabase['api_key'];

export type AuthDatabase = Pick<ReadDatabase, 'api_key' | 'staff_user' | 'staff_session' | 'sign_in_failure'>;

/** A staff member who can sign in; declared with the public schema's tables in #crm/read-store. */
export type StaffUserTable = ReadDatabase['staff_user'];

export type ApiKeyRow = Selectable<ApiKeyTable>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The declaration spells the roles and locales out (read-store cannot import this library): a new one must be added there too. */
export const apiKeyRolesDeclared: Same<ApiKeyRow['role'], Role> = true;
export const staffRolesDeclared: Same<StaffUserRow['role'], Role> = true;
export const staffLocalesDeclared: Same<StaffUserRow['locale'], Locale> = true;

export type StaffUserRow = Selectable<StaffUserTable>;
export type StaffSessionTable = ReadDatabase['staff_session'];
