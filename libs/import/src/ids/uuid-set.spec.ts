import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { UuidSet } from './uuid-set.js';

// Few distinct words, so ids share words and collide in the table; and the nil UUID and ids that are not UUIDs.
const word = fc.constantFrom('00000000', '00000001', 'ffffffff', '9e3779b1', 'DEADBEEF', 'deadbeef');
const uuid = fc.tuple(word, word, word, word).map(([a, b, c, d]) => `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`);
const id = fc.oneof(uuid, fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', ''), fc.string());

describe('UuidSet', () => {
  it('holds exactly the ids a Set of their lower-case strings holds, whatever is added in whatever order', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 400 }), fc.array(id, { maxLength: 50 }), (added, probed) => {
        const set = new UuidSet();
        const expected = new Set<string>();
        const canonical = (value: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : value);
        for (const value of added) {
          set.add(value);
          expected.add(canonical(value));
        }
        expect(set.size).toBe(expected.size);
        for (const value of [...added, ...probed]) expect(set.has(value)).toBe(expected.has(canonical(value)));
      }),
    );
  });

  it('keeps every id while it grows far past its first table', () => {
    const set = new UuidSet();
    const ids = Array.from({ length: 5_000 }, (_, index) => `00000000-0000-7000-8000-${index.toString(16).padStart(12, '0')}`);
    ids.forEach((value) => set.add(value));
    expect(set.size).toBe(5_000);
    expect(ids.every((value) => set.has(value))).toBe(true);
    expect(set.has('00000000-0000-7000-8000-000000001388')).toBe(false);
  });
});
