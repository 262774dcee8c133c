import type { ReadDatabase } from '#crm/read-store';

/** customer_state_snapshot, declared with the public schema's tables in #crm/read-store. */
export type CustomerStateSnapshotTable = ReadDatabase['customer_state_snapshot'];

export type CustomerStateSnapshotDatabase = Pick<ReadDatabase, 'customer_state_snapshot'>;
