import type { Migration } from 'kysely';
import * as idempotencyRecord from './20261125100000-idempotency-record.js';
import * as idempotencyResponseText from './20261125110000-idempotency-response-text.js';
import * as customerStateSnapshot from './20261202100000-customer-state-snapshot.js';

/**
 * The read-store migrations, applied in name order. To add one: write
 * `<yyyymmddhhmmss>-<name>.ts` exporting `up` (and `down`) beside this file, import it here and
 * list it under its file name.
 */
export const readStoreMigrations: Record<string, Migration> = {
  '20261125100000-idempotency-record': idempotencyRecord,
  '20261125110000-idempotency-response-text': idempotencyResponseText,
  '20261202100000-customer-state-snapshot': customerStateSnapshot,
};
