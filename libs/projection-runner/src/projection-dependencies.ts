import type { Kysely } from 'kysely';
import type { EventStore, RecordedEvent } from '#crm/event-store';
import type { Projection } from './projection.js';
import { ProjectionRegistry } from './projection-registry.js';

/**
 * Turns an event as stored into the event projections read: the app decrypts personal data (an
 * erased person's becomes the marker) and upcasts it to its type's current schema.
 */
export type EventDecoder = (event: RecordedEvent) => Promise<RecordedEvent>;

/** What the runner, the rebuilder and the status service all work from. */
export interface ProjectionDependencies {
  store: EventStore;
  /** The read store: projection_checkpoint and every projection's schema. */
  db: Kysely<any>;
  projections: readonly Projection[] | ProjectionRegistry;
  /** Applied to every event before applyBatch; without it projections get events as stored. */
  decode?: EventDecoder;
}

export function toRegistry(projections: ProjectionDependencies['projections']): ProjectionRegistry {
  return projections instanceof ProjectionRegistry ? projections : new ProjectionRegistry(projections);
}
