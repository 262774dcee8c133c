import { canonicalJson } from './canonical-json.js';
import { buildEventEnvelope } from './build-event-envelope.js';
import { deterministicEventId } from './deterministic-event-id.js';
import { eventHash } from './event-hash.js';

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out whitespace and undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"x","z":null}]},"b":1}');
  });

  it('is the same text whatever order the keys came in', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: 'é' } })).toBe(canonicalJson({ y: { q: 'é', p: true }, x: 1 }));
  });

  it('refuses bigints, which have no JSON form', () => {
    expect(() => canonicalJson({ revision: 1n })).toThrow(TypeError);
  });
});

describe('deterministic event ids', () => {
  it('are UUIDs, the same for the same seed, stream and index, different otherwise', () => {
    const id = deterministicEventId('seed', 'customer-1', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('seed', 'customer-1', 0)).toBe(id);
    expect(new Set([id, deterministicEventId('seed', 'customer-1', 1), deterministicEventId('seed', 'customer-2', 0), deterministicEventId('other', 'customer-1', 0)]).size).toBe(4);
  });
});

describe('the event envelope', () => {
  const context = {
    streamName: 'customer-3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
    revision: 4n,
    previousHash: 'a'.repeat(64),
    eventId: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69',
    now: new Date('2026-03-02T12:00:00.000Z'),
    actor: { id: 'staff-1', role: 'operator' as const },
    correlationId: 'corr-1',
  };

  it('hashes everything but the hash itself', () => {
    const envelope = buildEventEnvelope({ type: 'NoteAdded', data: { channel: 'internal', personal: { text: 'hi' } } }, context);
    const { hash, ...unhashed } = envelope.metadata;
    expect(unhashed).toEqual({
      eventId: context.eventId,
      type: 'NoteAdded',
      schemaVersion: 1,
      occurredAt: '2026-03-02T12:00:00.000Z',
      actor: context.actor,
      channel: 'internal',
      correlationId: 'corr-1',
      causationId: null,
      streamName: context.streamName,
      revision: '4',
      previousHash: 'a'.repeat(64),
    });
    const content = { streamName: context.streamName, revision: 4n, eventId: context.eventId, type: 'NoteAdded', schemaVersion: 1, data: envelope.data, metadata: unhashed };
    expect(eventHash(content)).toBe(hash);
    expect(eventHash({ ...content, metadata: { ...unhashed, previousHash: 'b'.repeat(64) } })).not.toBe(hash);
    expect(eventHash({ ...content, revision: 5n })).not.toBe(hash);
  });

  it('prefers the entry point given by the caller to the event’s own channel', () => {
    const envelope = buildEventEnvelope({ type: 'LeadCaptured', data: { channel: 'web' } }, { ...context, channel: 'import' });
    expect(envelope.metadata.channel).toBe('import');
  });
});
