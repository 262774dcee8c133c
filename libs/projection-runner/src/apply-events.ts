import type { Transaction } from 'kysely';
import { isConnectionFailure, type RecordedEvent } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';
import type { Projection, ProjectionContext } from './projection.js';
import { ApplyBatchError } from './projection-runner.errors.js';
import type { ReadDatabase } from '#crm/read-store';

/**
 * Decodes the events for a projection, marking a failure apart from the runner's: an event that
 * cannot be decoded is a poison event, named like one applyBatch refuses. A key store that cannot
 * be reached (or no free connection in time) is not the event's fault: that error passes as it is,
 * and the runner retries from its checkpoint.
 */
export async function decodeEvents(projection: Projection, events: RecordedEvent[], decode: EventDecoder | undefined): Promise<RecordedEvent[]> {
  if (!decode) return events;
  try {
    return await Promise.all(events.map(decode));
  } catch (error) {
    if (isConnectionFailure(error) || isPoolTimeout(error)) throw error;
    throw new ApplyBatchError(projection.name, error);
  }
}

/** node-postgres's pool found no free connection within connectionTimeoutMillis: a bare Error, known by its message. */
function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && /timeout exceeded when trying to connect/.test(error.message);
}

/** Decodes the events and runs the projection's own code, marking failures of either apart from the runner's. */
export async function applyEvents(
  projection: Projection,
  trx: Transaction<ReadDatabase>,
  events: RecordedEvent[],
  context: ProjectionContext,
  decode: EventDecoder | undefined,
): Promise<void> {
  const decoded = await decodeEvents(projection, events, decode);
  try {
    await projection.applyBatch(trx, decoded, context);
  } catch (error) {
    throw new ApplyBatchError(projection.name, error);
  }
}
