import type { ReadDatabase } from '#crm/read-store';

/** data_key, declared with the public schema's tables in #crm/read-store. */
export type DataKeyTable = ReadDatabase['data_key'];

/** data_key and crypto_master_key, declared with the public schema's tables in #crm/read-store. */
export type CryptoDatabase = Pick<ReadDatabase, 'data_key' | 'crypto_master_key'>;
