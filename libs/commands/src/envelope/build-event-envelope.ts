import { currentSchemaVersion, occurredAtOf, type DomainEvent } from '#crm/domain';
import type { EventToAppend, JsonObject } from '#crm/event-store';
import { eventHash } from './event-hash.js';
import type { EventActor, EventMetadata, UnhashedMetadata } from './event-metadata.js';

export type EnvelopeContext = {
  streamName: string;
  /** The revision the event will have in its stream. */
  revision: bigint;
  /** The hash of the stream's event just before it; null for the first event of a stream. */
  previousHash: string | null;
  eventId: string;
  now: Date;
  actor: EventActor;
  channel?: string | null;
  correlationId: string;
  causationId?: string | null;
};

export type EnvelopedEvent = EventToAppend & { metadata: EventMetadata };

function channelOf(data: object): string | null {
  const channel = (data as { channel?: unknown }).channel;
  return typeof channel === 'string' ? channel : null;
}

/**
 * The event as the log stores it: ids, schema version, business time, who and how, and its link
 * in the stream's hash chain. `event.data` must already be encoded (see EventCodec).
 */
export function buildEventEnvelope(event: DomainEvent<string, JsonObject>, context: EnvelopeContext): EnvelopedEvent {
  const schemaVersion = currentSchemaVersion(event.type);
  const metadata: UnhashedMetadata = {
    eventId: context.eventId,
    type: event.type,
    schemaVersion,
    occurredAt: occurredAtOf(event) ?? context.now.toISOString(),
    actor: context.actor,
    channel: context.channel ?? channelOf(event.data),
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    streamName: context.streamName,
    revision: context.revision.toString(),
    previousHash: context.previousHash,
  };
  const hash = eventHash({
    streamName: context.streamName,
    revision: context.revision,
    eventId: context.eventId,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata,
  });
  return { id: context.eventId, type: event.type, data: event.data, metadata: { ...metadata, hash } };
}
