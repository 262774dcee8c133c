import type { Projection } from './projection.js';
import { InvalidProjectionError, UnknownProjectionError } from './projection-runner.errors.js';

// `proj_<name>__next` must fit PostgreSQL's 63-byte identifiers.
const NAME_PATTERN = /^[a-z][a-z0-9_]{0,51}$/;

/** The projections a process knows, checked once so every later lookup can trust them. */
export class ProjectionRegistry {
  private readonly byName = new Map<string, Projection>();

  constructor(projections: readonly Projection[]) {
    for (const projection of projections) {
      validateProjection(projection);
      if (this.byName.has(projection.name)) {
        throw new InvalidProjectionError(projection.name, 'name', 'is registered twice');
      }
      this.byName.set(projection.name, projection);
    }
  }

  get(name: string): Projection {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjectionError(name, [...this.byName.keys()]);
    return projection;
  }

  all(): Projection[] {
    return [...this.byName.values()];
  }
}

function validateProjection(projection: Projection): void {
  const { name, version, eventTypes } = projection;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    throw new InvalidProjectionError(String(name), 'name', 'must be a lower-case identifier of at most 52 characters (a-z, 0-9, _)');
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new InvalidProjectionError(name, 'version', 'must be a positive integer');
  }
  if (!Array.isArray(eventTypes) || eventTypes.length === 0 || eventTypes.some((type) => typeof type !== 'string' || type === '')) {
    throw new InvalidProjectionError(name, 'eventTypes', 'must list at least one event type');
  }
}
