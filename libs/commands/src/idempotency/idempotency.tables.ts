import type { ReadDatabase } from '#crm/read-store';

/** idempotency_record, declared with the public schema's tables in #crm/read-store. */
export type IdempotencyRecordTable = ReadDatabase['idempotency_record'];

export type IdempotencyDatabase = Pick<ReadDatabase, 'idempotency_record'>;
