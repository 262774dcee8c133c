import { sql, type Kysely } from 'kysely';
import type { EventFilter, RecordedEvent } from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';
import { eventColumns, toRecordedEvent, type EventRow } from './event-row.js';
import type { EventStoreTables } from './event-store.tables.js';
import { logHorizon, matchesFilter, positionAfter } from './log-conditions.js';

export interface LogPage {
  events: RecordedEvent[];
  /**
   * The log's horizon (logHorizon): every transaction below it that could write here has ended, so
   * once a page comes back short, nothing below it is left to read, and anything written later has
   * an id at or above it.
   */
  visibleBelow: bigint;
}

/** One page of the global log in (transaction id, position) order, read from one snapshot. */
export async function readLogPage(
  db: Kysely<EventStoreTables>,
  after: LogPosition | undefined,
  filter: EventFilter | undefined,
  limit: number,
): Promise<LogPage> {
  const rows = await db
    .selectFrom(sql<{ horizon: string }>`(select ${logHorizon} as horizon)`.as('snapshot'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('events')
          .select(eventColumns)
          .where(sql<boolean>`transaction_id < snapshot.horizon`)
          .where(positionAfter(after))
          .where(matchesFilter(filter))
          .orderBy('transaction_id')
          .orderBy('position')
          .limit(limit)
          .as('page'),
      (join) => join.onTrue(),
    )
    .selectAll('page')
    .select('snapshot.horizon')
    .execute();
  return {
    events: rows.filter((row) => row.event_id !== null).map((row) => toRecordedEvent(row as EventRow)),
    visibleBelow: BigInt(rows[0].horizon),
  };
}
