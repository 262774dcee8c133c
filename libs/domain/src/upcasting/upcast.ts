import { UpcastError } from './upcast.errors.js';
import { upcasters } from './upcasters.js';

export type VersionedEvent = { type: string; schemaVersion: number; data: Record<string, unknown> };

/** The schema version new events of this type are written with (1 for a type never changed). */
export function currentSchemaVersion(type: string): number {
  return 1 + stepsOf(type).length;
}

// hasOwn, so a type named like an Object.prototype member ('constructor') finds no steps.
const stepsOf = (type: string) => (Object.hasOwn(upcasters, type) ? upcasters[type] : []);

/** Brings a stored event to the current schema of its type; current events come back unchanged. */
export function upcast(event: VersionedEvent): VersionedEvent {
  const current = currentSchemaVersion(event.type);
  const { schemaVersion } = event;
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new UpcastError(event.type, schemaVersion, 'schemaVersion', 'must be a whole number from 1');
  }
  if (schemaVersion > current) {
    throw new UpcastError(event.type, schemaVersion, null, `written by newer code; this code knows up to v${current}`);
  }
  const steps = stepsOf(event.type).slice(schemaVersion - 1);
  const data = steps.reduce((older, step) => step(older), event.data);
  return { type: event.type, schemaVersion: current, data };
}
