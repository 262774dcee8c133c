// Personal data encrypted with per-person keys (crypto-shredding); see docs/compliance.md
export { PersonalDataCodec } from './codec/personal-data.codec.js';
export { SubjectCipher } from './codec/subject-cipher.js';
export { ERASED_MARKER, isEncryptedPersonal, type EncryptedPersonal } from './codec/encrypted-personal.js';
export { DataKeyStore, type DataKey, type DataKeyStoreOptions } from './data-keys/data-key.store.js';
export { openDataKeyStore } from './data-keys/open-data-key-store.js';
export { subjectOfStream, type DataSubject } from './data-keys/data-subject.js';
export type { CryptoDatabase, DataKeyTable } from './data-keys/data-key.table.js';
export { MasterKey } from './master-key/master-key.js';
export { loadMasterKey, DEVELOPMENT_KEY_FILE } from './master-key/load-master-key.js';
export { SealKey, SealPublicKey } from './seal-key/seal-key.js';
export { loadSealKey, readSealPublicKey, DEVELOPMENT_SEAL_KEY_FILE } from './seal-key/load-seal-key.js';
export { CryptoModule } from './crypto.module.js';
export {
  DataKeyNotFoundError,
  DecryptionFailedError,
  InvalidMasterKeyError,
  InvalidSealKeyError,
  MasterKeyMismatchError,
  NoDataSubjectError,
  SubjectErasedError,
} from './crypto.errors.js';
