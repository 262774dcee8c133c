import type { Kysely } from 'kysely';
import type { MasterKey } from '../master-key/master-key.js';
import { DataKeyStore } from './data-key.store.js';
import type { CryptoDatabase } from './data-key.table.js';
import { migrateReadStore } from '#crm/read-store';


/**
 * The data keys as every process opens them: the table brought up to date, and a master key that
 * does not open the keys already stored refused before anything is encrypted with it.
 */
export async function openDataKeyStore(db: Kysely<CryptoDatabase>, masterKey: MasterKey): Promise<DataKeyStore> {
  await migrateReadStore(db);
  const keys = new DataKeyStore(db, masterKey);
  await keys.assertMasterKey();
  return keys;
}
