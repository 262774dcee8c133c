import { sql, type RawBuilder } from 'kysely';
import type { EventFilter } from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';

/**
 * A pg_stat_activity row of a session in this database: the sessions whose transactions hold the
 * log back (logHorizon), and so the ones worth naming to an operator (horizonHolds). Null datid
 * (a background process) is neither in nor out, so the horizon still counts it.
 */
export const sessionInThisDatabase: RawBuilder<boolean> = sql<boolean>`datid = (select oid from pg_database where datname = current_database())`;

/**
 * The lowest transaction id that may still add to this database's log: the oldest transaction
 * open in the statement's snapshot, leaving out those pg_stat_activity places in another
 * database, or the snapshot's xmax when none is left. A row written by a transaction that commits
 * late would otherwise appear behind a reader's cursor. Transaction ids are the whole server's, so
 * plain pg_snapshot_xmin would let a long import in any other database stall every projection
 * here; a transaction that cannot be placed (a prepared one, a subtransaction, one that ended
 * since) still counts, which only ever holds the readers back a moment longer, never lets a row
 * slip behind them. A backend is bound to one database, so an id once seen in another is never ours.
 */
export const logHorizon: RawBuilder<string> = sql<string>`(
  select coalesce(
    (select min(open.id) from pg_snapshot_xip(current.snapshot) as open(id)
      where open.id::xid not in (
        select backend_xid from pg_stat_activity
        where backend_xid is not null and not (${sessionInThisDatabase}))),
    pg_snapshot_xmax(current.snapshot))
  from (select pg_current_snapshot() as snapshot) as current)`;

/** Rows every reader can take for good: see logHorizon. */
export const readableNow: RawBuilder<boolean> = sql<boolean>`transaction_id < ${logHorizon}`;

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
