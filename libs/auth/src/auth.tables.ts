import type { ReadDatabase } from '@crm/read-store';
import type { Selectable } from 'kysely';
import type { Role } from './roles.js';

/** api_key, declared with the public schema's tables in @crm/read-store. */
export type ApiKeyTable = ReadDatabase['api_key'];

export type AuthDatabase = Pick<ReadDatabase, 'api_key'>;

export type ApiKeyRow = Selectable<ApiKeyTable>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The declaration spells the roles out (read-store cannot import this library): a new role must be added there too. */
export const apiKeyRolesDeclared: Same<ApiKeyRow['role'], Role> = true;
