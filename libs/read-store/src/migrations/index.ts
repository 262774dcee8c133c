import type { Migration } from 'kysely';
import * as idempotencyRecord from './20261125100000-idempotency-record.js';
import * as idempotencyResponseText from './20261125110000-idempotency-response-text.js';
import * as customerStateSnapshot from './20261202100000-customer-state-snapshot.js';
import * as libraryTables from './20261204100000-library-tables.js';
import * as bootTimeTables from './20261204100100-boot-time-tables.js';
import * as accessLogLists from './20261204120000-access-log-lists.js';
import * as auditSeal from './20261204120100-audit-seal.js';
import * as cryptoMasterKey from './20261204120200-crypto-master-key.js';
import * as staffUser from './20261204120300-staff-user.js';
import * as notification from './20261204140000-notification.js';
import * as forecastFit from './20261204174000-forecast-fit.js';
import * as projectionStepsPending from './20261204175000-projection-steps-pending.js';
import * as automationLedgers from './20261204176000-automation-ledgers.js';
import * as snapshotBusinessTimes from './20261205030000-snapshot-business-times.js';
import * as campaignControlGroup from './20261205040000-campaign-control-group.js';

/**
 * Every table of the public schema, in one history applied in name order at start (openDatabases)
 * by migrateReadStore; nothing else makes tables. Change read-database.ts with each one. To add one: write
 * `<yyyymmddhhmmss>-<name>.ts` exporting `up` (and `down`) beside this file, import it here and
 * list it under its file name.
 */
export const readStoreMigrations: Record<string, Migration> = {
  '20261125100000-idempotency-record': idempotencyRecord,
  '20261125110000-idempotency-response-text': idempotencyResponseText,
  '20261202100000-customer-state-snapshot': customerStateSnapshot,
  '20261204100000-library-tables': libraryTables,
  '20261204100100-boot-time-tables': bootTimeTables,
  '20261204120000-access-log-lists': accessLogLists,
  '20261204120100-audit-seal': auditSeal,
  '20261204120200-crypto-master-key': cryptoMasterKey,
  '20261204120300-staff-user': staffUser,
  '20261204140000-notification': notification,
  '20261204174000-forecast-fit': forecastFit,
  '20261204175000-projection-steps-pending': projectionStepsPending,
  '20261204176000-automation-ledgers': automationLedgers,
  '20261205030000-snapshot-business-times': snapshotBusinessTimes,
  '20261205040000-campaign-control-group': campaignControlGroup,
};
