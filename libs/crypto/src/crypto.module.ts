import { Global, Logger, Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_CODEC } from '#crm/commands';
import { CrmConfig } from '#crm/config';
import { READ_DB } from '#crm/read-store';
import { PersonalDataCodec } from './codec/personal-data.codec.js';
import { SubjectCipher } from './codec/subject-cipher.js';
import { DataKeyStore } from './data-keys/data-key.store.js';
import type { CryptoDatabase } from './data-keys/data-key.table.js';
import { openDataKeyStore } from './data-keys/open-data-key-store.js';
import { loadMasterKey } from './master-key/load-master-key.js';
import { MasterKey } from './master-key/master-key.js';

/**
 * The master key, the data keys (over the global READ_DB), the codec that encrypts personal data
 * in events and the cipher that seals anything else about a person (exported files), everywhere.
 * Starting fails when the master key does not open the keys already stored.
 */
@Global()
@Module({
  providers: [
    {
      provide: MasterKey,
      useFactory: (config: CrmConfig) => loadMasterKey(config, (line) => new Logger('Crypto').warn(line)),
      inject: [CrmConfig],
    },
    {
      provide: DataKeyStore,
      useFactory: (db: Kysely<CryptoDatabase>, masterKey: MasterKey) => openDataKeyStore(db, masterKey),
      inject: [READ_DB, MasterKey],
    },
    { provide: SubjectCipher, useFactory: (keys: DataKeyStore) => new SubjectCipher(keys), inject: [DataKeyStore] },
    { provide: PersonalDataCodec, useFactory: (keys: DataKeyStore) => new PersonalDataCodec(keys), inject: [DataKeyStore] },
    // The pipeline's seam: whoever resolves EVENT_CODEC from this global module gets the encrypting codec.
    { provide: EVENT_CODEC, useExisting: PersonalDataCodec },
  ],
  exports: [DataKeyStore, SubjectCipher, PersonalDataCodec, EVENT_CODEC],
})
export class CryptoModule {}
