// Tamper evidence: the hash chains of the log, verified
export { ChainVerifier } from './verify/chain-verifier.js';
export type { ChainMismatch, MismatchReason } from './verify/chain-mismatch.js';
export { verifyLog, describeVerifyReport, type VerifyReport, type VerifyProgress, type VerifyOptions } from './verify/verify-log.js';

// The access log: reads of a person's data
export { AccessLogStore, ACCESS_ACTIONS, type AccessAction, type AccessEntry, type AccessLogFilter, type AccessRecord } from './access-log/access-log.store.js';
export { PersonalDataAccess, type PersonalDataAccessOptions } from './access-log/personal-data-access.decorator.js';
export { accessorOf } from './access-log/accessor.js';
export { accessReasonOf, accessReasonProblem } from './access-log/access-reason.js';
export { AccessLogInterceptor } from './access-log/access-log.interceptor.js';
export { AccessLogModule } from './access-log/access-log.module.js';
export type { AccessLogTable, ComplianceDatabase } from './access-log/access-log.table.js';
export { migrateCompliance, ComplianceMigrationError } from './migrate-compliance.js';

// The erasure ledger: kept out of backups, re-applied on restore
export {
  ErasureLedger,
  ErasureLedgerMigrationError,
  ERASURE_LEDGER_SCHEMA,
  migrateErasureLedger,
  type ErasureEntry,
  type ErasureLedgerDatabase,
} from './erasure-ledger/erasure-ledger.js';
