import { MappingError } from '../import.errors.js';
import type { ImportMapping } from './import-mapping.js';

export type MappingOverrides = {
  /** `section.field=Column` (or `section.attributes.name=Column`), as given with --map. */
  map?: readonly string[];
  source?: string;
  timeZone?: string;
  currency?: string;
};

/** The mapping with command-line settings laid over it; the result is checked like any mapping. */
export function withOverrides(mapping: ImportMapping, overrides: MappingOverrides): ImportMapping {
  const result = structuredClone(mapping) as Record<string, unknown>;
  for (const [field, value] of [['source', overrides.source], ['timeZone', overrides.timeZone], ['currency', overrides.currency]] as const) {
    if (value !== undefined) result[field] = value;
  }
  for (const entry of overrides.map ?? []) {
    const match = /^([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)+)=(.+)$/.exec(entry);
    if (!match) throw new MappingError(entry, 'must be written section.field=Column, such as customer.key=CustomerID');
    const path = match[1]!.split('.');
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = target[part];
      target = (typeof next === 'object' && next !== null ? next : (target[part] = {})) as Record<string, unknown>;
    }
    target[path.at(-1)!] = match[2];
  }
  return result as ImportMapping;
}
