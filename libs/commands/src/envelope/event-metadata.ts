import type { ActorRole } from '#crm/domain';

export type EventActor = { id: string; role: ActorRole; name?: string };

/**
 * What the log keeps about every event besides its data. Revisions are strings, as bigints are
 * everywhere in JSON. `hash` covers everything else here (see event-hash.ts); `recordedAt` is
 * not metadata but the log's own time (RecordedEvent.recordedAt), outside the hash.
 */
export type EventMetadata = {
  eventId: string;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  actor: EventActor;
  /** How the fact reached us: the touch's own channel (phone, store...) or the entry point (web, import). */
  channel: string | null;
  correlationId: string;
  causationId: string | null;
  streamName: string;
  revision: string;
  previousHash: string | null;
  hash: string;
};

export type UnhashedMetadata = Omit<EventMetadata, 'hash'>;
