import type { ReadDatabase } from '@crm/read-store';

/** data_key, declared with the public schema's tables in @crm/read-store. */
export type DataKeyTable = ReadDatabase['data_key'];

export type CryptoDatabase = Pick<ReadDatabase, 'data_key'>;
