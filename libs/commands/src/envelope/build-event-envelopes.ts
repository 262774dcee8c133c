import type { DomainEvent } from '#crm/domain';
import type { JsonObject } from '#crm/event-store';
import { buildEventEnvelope, type EnvelopeContext, type EnvelopedEvent } from './build-event-envelope.js';
import type { EventCodec } from './event-codec.js';

export type BatchContext = Omit<EnvelopeContext, 'revision' | 'eventId'> & {
  /** The revision of the first event of the batch: the stream's current revision + 1. */
  firstRevision: bigint;
  eventIds: readonly string[];
};

/** Encodes a batch decided together and chains each event's hash to the one before it. */
export async function buildEventEnvelopes(
  events: readonly DomainEvent[],
  context: BatchContext,
  codec: EventCodec,
): Promise<EnvelopedEvent[]> {
  const { firstRevision, eventIds, ...shared } = context;
  const envelopes: EnvelopedEvent[] = [];
  let previousHash = context.previousHash;
  for (const [index, event] of events.entries()) {
    const data = await codec.encode({ streamName: context.streamName, type: event.type, data: event.data as JsonObject });
    const envelope = buildEventEnvelope(
      { type: event.type, data },
      { ...shared, previousHash, revision: firstRevision + BigInt(index), eventId: eventIds[index] },
    );
    envelopes.push(envelope);
    previousHash = envelope.metadata.hash;
  }
  return envelopes;
}
