import type { CrmConfig } from '#crm/config';
import { loadMasterKey, openDataKeyStore, PersonalDataCodec } from '#crm/crypto';
import type { Kysely } from 'kysely';

/**
 * The codec the app uses, over the command's database: what the CLI writes is encrypted like what
 * the api writes, and what it reads is decrypted, or marked erased, alike.
 */
export async function openEventCodec(
  config: Pick<CrmConfig, 'masterKey' | 'dataDir'>,
  db: Kysely<any>,
  warn: (line: string) => void,
): Promise<PersonalDataCodec> {
  return new PersonalDataCodec(await openDataKeyStore(db, await loadMasterKey(config, warn)));
}
