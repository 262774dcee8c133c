import type { ReadDatabase } from '#crm/read-store';

/** access_log, declared with the public schema's tables in #crm/read-store. */
export type AccessLogTable = ReadDatabase['access_log'];

export type ComplianceDatabase = Pick<ReadDatabase, 'access_log'>;
