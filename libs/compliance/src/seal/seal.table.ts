import type { ReadDatabase } from '#crm/read-store';

export type SealedLogName = ReadDatabase['audit_seal']['log']['__select__'];

/** audit_seal, declared with the public schema's tables in #crm/read-store. */
export type AuditSealTable = ReadDatabase['audit_seal'];

export type SealDatabase = Pick<ReadDatabase, 'audit_seal'>;

/** What seals and their verification read: the seals and the access log, in the read-store database. */
export type AuditDatabase = Pick<ReadDatabase, 'audit_seal' | 'access_log'>;
