/**
 * Errors of the crypto layer. Messages name ids and never carry key material or plaintext, so
 * they can be logged. Codes the HTTP filter knows (RULE_VIOLATED) map to statuses; the others
 * are server faults (500) and stop a projection rather than let it write unreadable data.
 */

export class DecryptionFailedError extends Error {
  readonly code = 'DECRYPTION_FAILED';
  constructor() {
    super('decryption failed: wrong key, or the data was altered');
  }
}

export class DataKeyNotFoundError extends Error {
  readonly code = 'DATA_KEY_NOT_FOUND';
  constructor(readonly keyId: string) {
    super(`data key ${keyId} does not exist: the data_key table does not belong with this event log`);
  }
}

export class MasterKeyMismatchError extends Error {
  readonly code = 'MASTER_KEY_MISMATCH';
  constructor(readonly expectedId: string, readonly actualId: string) {
    super(
      `this database's data keys are wrapped with master key ${expectedId}, but this process has master key ${actualId}: ` +
        `set CRM_MASTER_KEY (or CRM_DATA_DIR, for a development key) to the key with id ${expectedId} that the app uses, then start again`,
    );
  }
}

/** A person erased is never given a new key: nothing personal may be written about them again. */
export class SubjectErasedError extends Error {
  readonly code = 'RULE_VIOLATED';
  readonly rule = 'customer-erased';
  constructor(readonly subject: string) {
    super(`${subject} was erased: no personal data about them can be recorded`);
  }
}

/** Personal data in a stream that belongs to no data subject would be stored without a key to erase. */
export class NoDataSubjectError extends Error {
  readonly code = 'NO_DATA_SUBJECT';
  constructor(readonly streamName: string, readonly type: string) {
    super(`${type} in ${streamName} carries personal data, but that stream belongs to no data subject`);
  }
}

export class InvalidMasterKeyError extends Error {
  readonly code = 'INVALID_MASTER_KEY';
  constructor(where: string) {
    super(`${where} does not hold a 32-byte master key in base64`);
  }
}

export class InvalidSealKeyError extends Error {
  readonly code = 'INVALID_SEAL_KEY';
  constructor(where: string) {
    super(`${where} does not hold an Ed25519 key (PKCS#8 private or SPKI public, PEM or base64 DER)`);
  }
}
