import { sql, type RawBuilder } from 'kysely';
import type { EventFilter } from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';

/**
 * Only transactions older than every transaction still running are read from the log: a row
 * written by a transaction that commits late would otherwise appear behind a reader's cursor.
 */
export const readableNow: RawBuilder<boolean> = sql<boolean>`transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;

/** Strictly after a position in (transaction id, position) order; xid8 has no negative values. */
export function positionAfter(after: LogPosition | undefined): RawBuilder<boolean> {
  if (!after || after.commit < 0n) return sql<boolean>`true`;
  return sql<boolean>`(transaction_id, position) > (${after.commit.toString()}::xid8, ${after.prepare.toString()}::bigint)`;
}

export function matchesFilter(filter: EventFilter | undefined): RawBuilder<boolean> {
  if (!filter) return sql<boolean>`true`;
  if ('streamPrefixes' in filter) return sql<boolean>`stream_name ^@ any(${filter.streamPrefixes}::text[])`;
  return sql<boolean>`event_type = any(${filter.eventTypes}::text[])`;
}
