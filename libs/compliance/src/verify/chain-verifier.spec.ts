import { randomUUID } from 'node:crypto';
import { buildEventEnvelopes, eventHash, passThroughCodec, type EnvelopedEvent } from '#crm/commands';
import type { RecordedEvent } from '#crm/event-store';
import { ChainVerifier } from './chain-verifier.js';

let nextPosition = 0n;

async function stream(streamName: string, notes: string[]): Promise<RecordedEvent[]> {
  const events = notes.map((text) => ({ type: 'NoteAdded', data: { customerId: 'c', personal: { text } } }));
  const envelopes = await buildEventEnvelopes(
    events,
    {
      streamName,
      firstRevision: 0n,
      eventIds: notes.map(() => randomUUID()),
      previousHash: null,
      now: new Date('2026-03-01T10:00:00Z'),
      actor: { id: 'staff-1', role: 'operator' },
      correlationId: randomUUID(),
    },
    passThroughCodec,
  );
  return envelopes.map((envelope, index) => recorded(streamName, BigInt(index), envelope));
}

function recorded(streamName: string, revision: bigint, envelope: EnvelopedEvent): RecordedEvent {
  nextPosition += 1n;
  return { ...envelope, streamName, revision, position: { commit: nextPosition, prepare: nextPosition }, recordedAt: new Date() };
}

function firstMismatch(events: RecordedEvent[]) {
  const verifier = new ChainVerifier();
  for (const event of events) {
    const mismatch = verifier.check(event);
    if (mismatch) return mismatch;
  }
  return { intact: true, events: verifier.events, streams: verifier.streams };
}

describe('ChainVerifier', () => {
  it('accepts chains written by the envelope builder, interleaved', async () => {
    const [a, b] = [await stream('customer-a', ['1', '2', '3']), await stream('customer-b', ['x', 'y'])];
    expect(firstMismatch([a[0], b[0], a[1], b[1], a[2]])).toEqual({ intact: true, events: 5, streams: 2 });
  });

  it('names an event whose data was changed', async () => {
    const events = await stream('customer-a', ['1', '2', '3']);
    events[1] = { ...events[1], data: { ...events[1].data, personal: { text: 'changed' } } };
    expect(firstMismatch(events)).toMatchObject({ eventId: events[1].id, revision: '1', reason: 'hash-mismatch' });
  });

  it('names an event moved to another stream or given another type', async () => {
    const events = await stream('customer-a', ['1']);
    expect(firstMismatch([{ ...events[0], type: 'CallLogged' }])).toMatchObject({ reason: 'hash-mismatch' });
    expect(firstMismatch([{ ...events[0], streamName: 'customer-b' }])).toMatchObject({ reason: 'hash-mismatch', streamName: 'customer-b' });
  });

  it('names the event after one that was changed and given a fresh hash', async () => {
    const events = await stream('customer-a', ['1', '2', '3']);
    const { hash: _, ...metadata } = events[1].metadata as Record<string, unknown>;
    const data = { customerId: 'c', personal: { text: 'rewritten' } };
    const rehashed = eventHash({
      streamName: events[1].streamName,
      revision: events[1].revision,
      eventId: events[1].id,
      type: events[1].type,
      schemaVersion: 1,
      data,
      metadata: metadata as never,
    });
    events[1] = { ...events[1], data, metadata: { ...metadata, hash: rehashed } };
    expect(firstMismatch(events)).toMatchObject({ eventId: events[2].id, reason: 'broken-link' });
  });

  it('names the event after a gap where one was removed', async () => {
    const events = await stream('customer-a', ['1', '2', '3']);
    expect(firstMismatch([events[0], events[2]])).toMatchObject({
      eventId: events[2].id,
      reason: 'revision-gap',
      detail: 'expected revision 1, found 2',
    });
  });

  it('names an event with no hash at all', async () => {
    const [event] = await stream('customer-a', ['1']);
    const { hash: _, ...metadata } = event.metadata as Record<string, unknown>;
    expect(firstMismatch([{ ...event, metadata }])).toMatchObject({ reason: 'hash-mismatch', detail: expect.stringContaining('stored hash missing') });
  });
});
