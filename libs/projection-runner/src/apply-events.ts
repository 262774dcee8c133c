import type { Transaction } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';
import type { Projection } from './projection.js';
import { ApplyBatchError } from './projection-runner.errors.js';
import type { ReadDatabase } from '#crm/read-store';

/**
 * Decodes the events for a projection, marking a failure apart from the runner's: an event that
 * cannot be decoded is a poison event, named like one applyBatch refuses.
 */
export async function decodeEvents(projection: Projection, events: RecordedEvent[], decode: EventDecoder | undefined): Promise<RecordedEvent[]> {
  if (!decode) return events;
  try {
    return await Promise.all(events.map(decode));
  } catch (error) {
    throw new ApplyBatchError(projection.name, error);
  }
}

/** Decodes the events and runs the projection's own code, marking failures of either apart from the runner's. */
export async function applyEvents(
  projection: Projection,
  trx: Transaction<ReadDatabase>,
  events: RecordedEvent[],
  schema: string,
  decode: EventDecoder | undefined,
  rebuilding = false,
): Promise<void> {
  const decoded = await decodeEvents(projection, events, decode);
  try {
    await projection.applyBatch(trx, decoded, { schema, rebuilding });
  } catch (error) {
    throw new ApplyBatchError(projection.name, error);
  }
}
