// Tamper evidence: the hash chains of the log, verified
export { ChainVerifier } from './verify/chain-verifier.js';
export type { AccessMismatch, ChainMismatch, MismatchReason, SealMismatch, VerifyProblem } from './verify/chain-mismatch.js';
export {
  verifyLog,
  describeVerifyReport,
  describeProblem,
  LISTED_PROBLEMS,
  type SealCoverage,
  type VerifyReport,
  type VerifyProgress,
  type VerifyOptions,
  type VerifySources,
} from './verify/verify-log.js';

// Signed seals over the event log and the access log
export { Sealer, SEALED_LOGS, type SealDue, type SealerOptions } from './seal/sealer.js';
export { SealStore } from './seal/seal.store.js';
export { AutoSealer } from './seal/auto-sealer.js';
export { SealingModule } from './seal/sealing.module.js';
export { signedText, type Seal } from './seal/seal.js';
export { eventRowHash, accessRowHash, type SealEntry } from './seal/seal-entry.js';
export type { AuditDatabase, AuditSealTable, SealDatabase, SealedLogName } from './seal/seal.table.js';

// The access log: reads of a person's data
export { AccessLogStore, ACCESS_ACTIONS, type AccessAction, type AccessEntry, type AccessLogFilter, type AccessRecord } from './access-log/access-log.store.js';
export { PersonalDataAccess, type PersonalDataAccessOptions } from './access-log/personal-data-access.decorator.js';
export { accessorOf, directoryRead, type DirectoryReader } from './access-log/accessor.js';
export { accessReasonOf, accessReasonProblem } from './access-log/access-reason.js';
export { AccessLogInterceptor } from './access-log/access-log.interceptor.js';
export { AccessLogModule } from './access-log/access-log.module.js';
export type { AccessLogTable, ComplianceDatabase } from './access-log/access-log.table.js';

// The erasure ledger: kept out of backups, re-applied on restore
export {
  ErasureLedger,
  ErasureLedgerMigrationError,
  ERASURE_LEDGER_SCHEMA,
  migrateErasureLedger,
  type ErasureEntry,
  type ErasureLedgerDatabase,
} from './erasure-ledger/erasure-ledger.js';
