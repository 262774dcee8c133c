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
 * stream are serialised by its row lock, so revision n+1 never commits before revision n.
 */
export async function readStreamPage(db: Kysely<EventStoreTables>, request: StreamPageRequest): Promise<RecordedEvent[]> {
  const forwards = request.direction === 'forwards';
  const rows = await db
    .selectFrom('events')
    .select(eventColumns)
    .where('stream_name', '=', request.streamName)
    .$if(request.fromRevision !== undefined, (query) =>
      query.where('stream_revision', forwards ? '>=' : '<=', String(request.fromRevision)),
    )
    .orderBy('stream_revision', forwards ? 'asc' : 'desc')
    .limit(request.limit)
    .execute();
  return rows.map(toRecordedEvent);
}
