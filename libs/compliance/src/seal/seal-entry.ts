import { createHash } from 'node:crypto';
import { canonicalJson } from '#crm/commands';
import { formatPosition, type RecordedEvent } from '#crm/event-store';

/** What a seal names an event by, so one deleted later is still named. */
export type EventLabel = { eventId: string; streamName: string; revision: string; type: string };
/** What a seal names an access-log entry by. */
export type AccessLabel = { accessedAt: string; actorId: string; subjectId: string };

/** One sealed item: where it stood in its log, the hash of every stored column, and its name. */
export type SealEntry = { ref: string; hash: string; label: EventLabel | AccessLabel };

export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Hash of every stored column of an event: its position (the writer's transaction id and the
 * sequence number), id, stream, revision, type, data, metadata and recorded time, the last at the
 * millisecond (what the backends return). Computed after commit, so it needs no change to how
 * events are written and covers events of every release alike.
 */
export function eventRowHash(event: RecordedEvent): string {
  return sha256(
    canonicalJson({
      scheme: 'crm-event-row:v1',
      position: formatPosition(event.position),
      eventId: event.id,
      streamName: event.streamName,
      revision: event.revision.toString(),
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      recordedAt: event.recordedAt.toISOString(),
    }),
  );
}

/**
 * Hash of every column of an access-log row as PostgreSQL returns it. Null columns are left out,
 * so a column added later (null in older rows) leaves their hashes as they were sealed.
 */
export function accessRowHash(row: Record<string, unknown>): string {
  const columns = Object.fromEntries(
    Object.entries(row)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([column, value]) => [column, value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : value]),
  );
  return sha256(canonicalJson({ scheme: 'crm-access-row:v1', columns }));
}

/** The seal chain: each entry (its place, hash and name) folded into the hash before it. */
export function chainEntry(previous: string, entry: SealEntry): string {
  return sha256(canonicalJson([previous, entry.ref, entry.hash, entry.label]));
}

export function chainEntries(previous: string, entries: readonly SealEntry[]): string {
  return entries.reduce(chainEntry, previous);
}

export function eventEntry(event: RecordedEvent): SealEntry {
  return {
    ref: formatPosition(event.position),
    hash: eventRowHash(event),
    label: { eventId: event.id, streamName: event.streamName, revision: event.revision.toString(), type: event.type },
  };
}
