import type { Kysely } from 'kysely';
import type { EventStore } from '@crm/event-store';
import type { Projection } from './projection.js';
import { ProjectionRegistry } from './projection-registry.js';

/** What the runner, the rebuilder and the status service all work from. */
export interface ProjectionDependencies {
  store: EventStore;
  /** The read store: projection_checkpoint and every projection's schema. */
  db: Kysely<any>;
  projections: readonly Projection[] | ProjectionRegistry;
}

export function toRegistry(projections: ProjectionDependencies['projections']): ProjectionRegistry {
  return projections instanceof ProjectionRegistry ? projections : new ProjectionRegistry(projections);
}
