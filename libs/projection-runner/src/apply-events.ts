import type { Transaction } from 'kysely';
import type { RecordedEvent } from '@crm/event-store';
import type { Projection } from './projection.js';
import { ApplyBatchError } from './projection-runner.errors.js';

/** Runs the projection's own code, marking its failures apart from the runner's. */
export async function applyEvents(
  projection: Projection,
  trx: Transaction<any>,
  events: RecordedEvent[],
  schema: string,
): Promise<void> {
  try {
    await projection.applyBatch(trx, events, { schema });
  } catch (error) {
    throw new ApplyBatchError(projection.name, error);
  }
}
