import { describe, expect, it } from '@jest/globals';
import type { Projection } from './projection.js';
import { ProjectionRegistry } from './projection-registry.js';
import { InvalidProjectionError, UnknownProjectionError } from './projection-runner.errors.js';

const projection = (overrides: Partial<Projection> = {}): Projection => ({
  name: 'timeline',
  version: 1,
  eventTypes: ['CallLogged'],
  tables: {},
  createSchema: async () => undefined,
  applyBatch: async () => undefined,
  ...overrides,
});

describe('ProjectionRegistry', () => {
  it('finds projections by name and names the known ones when asked for another', () => {
    const registry = new ProjectionRegistry([projection(), projection({ name: 'directory' })]);
    expect(registry.get('directory').name).toBe('directory');
    expect(() => registry.get('segments')).toThrow(new UnknownProjectionError('segments', ['timeline', 'directory']));
  });

  it.each([
    [{ name: 'Time-Line' }, 'projection "Time-Line": name must be a lower-case identifier of at most 52 characters (a-z, 0-9, _)'],
    [{ name: 'x'.repeat(53) }, 'name must be a lower-case identifier'],
    [{ version: 0 }, 'projection "timeline": version must be a positive integer'],
    [{ version: 1.5 }, 'version must be a positive integer'],
    [{ eventTypes: [] }, 'projection "timeline": eventTypes must list at least one event type'],
  ])('refuses %j', (overrides, message) => {
    expect(() => new ProjectionRegistry([projection(overrides)])).toThrow(InvalidProjectionError);
    expect(() => new ProjectionRegistry([projection(overrides)])).toThrow(message);
  });

  it('refuses two projections with one name', () => {
    expect(() => new ProjectionRegistry([projection(), projection()])).toThrow('projection "timeline": name is registered twice');
  });
});
