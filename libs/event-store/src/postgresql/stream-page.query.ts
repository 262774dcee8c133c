import type { Kysely } from 'kysely';
import type { RecordedEvent } from '../event-store.port.js';
import { eventColumns, toRecordedEvent } from './event-row.js';
import type { EventStoreTables } from './event-store.tables.js';

export interface StreamPageRequest {
  streamName: string;
  direction: 'forwards' | 'backwards';
  /** Inclusive; undefined means from the stream's first (forwards) or last (backwards) event. */
  fromRevision: bigint | undefined;
  limit: number;
}

/**
 * One page of a stream in revision order. Stream reads need no snapshot rule: appends to one
 * stream are serialised by its advisory lock, so revision n+1 never commits before revision n.
 *
 * Revisions are dense (0, 1, 2, … with no holes), so a page from a known revision is also a
 * closed range of the unique index. The range, not only the LIMIT, bounds the scan: with
 * statistics that underestimate a long stream (a fresh table, a customer with 10,000 events), the
 * planner otherwise picks a bitmap scan of every later revision and a sort, 130 ms for a page of
 * 100 at the start of such a stream instead of 1.
 */
export async function readStreamPage(db: Kysely<EventStoreTables>, request: StreamPageRequest): Promise<RecordedEvent[]> {
  const forwards = request.direction === 'forwards';
  const from = request.fromRevision ?? (forwards ? 0n : undefined);
  const rows = await db
    .selectFrom('events')
    .select(eventColumns)
    .where('stream_name', '=', request.streamName)
    .$if(from !== undefined, (query) =>
      forwards
        ? query.where('stream_revision', '>=', String(from)).where('stream_revision', '<', String(from! + BigInt(request.limit)))
        : query.where('stream_revision', '<=', String(from)).where('stream_revision', '>', String(from! - BigInt(request.limit))),
    )
    .orderBy('stream_revision', forwards ? 'asc' : 'desc')
    .limit(request.limit)
    .execute();
  return rows.map(toRecordedEvent);
}
