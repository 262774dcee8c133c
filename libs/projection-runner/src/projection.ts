import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';

export interface ProjectionContext {
  /** The PostgreSQL schema to write to: the live one, or the one a rebuild is filling. */
  schema: string;
}

/**
 * A read model fed by the event log. The runner owns the subscription, the batching and the
 * checkpoint; a projection only says which events it wants and how to write a batch of them.
 */
export interface Projection {
  /** Lower-case identifier, also the suffix of its schema: 'timeline' lives in `proj_timeline`. */
  name: string;
  /** Bump to have the runner rebuild the tables from the whole log. */
  version: number;
  /** The event types it handles: the subscription's filter. */
  eventTypes: string[];
  /** Creates its tables in `schema`, which exists and is empty. */
  createSchema(db: Kysely<any>, schema: string): Promise<void>;
  /**
   * Applies events in log order. Runs inside the transaction that also moves the checkpoint, so
   * it must write only through `trx` (`trx.withSchema(context.schema)`), and must not swallow errors.
   */
  applyBatch(trx: Transaction<any>, events: RecordedEvent[], context: ProjectionContext): Promise<void>;
}

/** The live schema of a projection: read models query through `db.withSchema(projectionSchema(name))`. */
export function projectionSchema(name: string): string {
  return `proj_${name}`;
}

/** Where a rebuild writes before it takes the live schema's place. */
export function rebuildSchema(name: string): string {
  return `${projectionSchema(name)}__next`;
}
