import { WrongExpectedRevisionError } from '../event-store.errors.js';
import type { EventStore, EventToAppend, ExpectedRevision } from '../event-store.port.js';
import type { BackendAccess } from './contract-backend.js';
import { collect, newEvent, uniqueScope } from './contract-events.js';

async function expectConflict(
  store: EventStore,
  streamName: string,
  expectedRevision: ExpectedRevision,
  actual: bigint | 'no_stream',
): Promise<void> {
  const attempt = store.appendToStream(streamName, [newEvent('Refused')], { expectedRevision });
  await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  await expect(attempt).rejects.toMatchObject({ streamName, expected: expectedRevision, actual });
}

async function revisionsOf(store: EventStore, streamName: string): Promise<bigint[]> {
  return (await collect(store.readStream(streamName))).map((event) => event.revision);
}

export function appendContract(backend: BackendAccess): void {
  describe('appending', () => {
    it('round-trips data and metadata, nested and in any script', async () => {
      const { store } = backend();
      const scope = uniqueScope('roundtrip');
      const stream = scope.stream('customer');
      const data = {
        name: 'Zoë Ørsted-Łukasiewicz 张伟 🙂',
        address: { lines: ['1 Rue de l’Église', 'Αθήνα'], geo: { lat: 37.98, lon: 23.72 } },
        tags: ['vip', null, true, 0, -1.5, { deep: { deeper: [[]] } }],
        emptyObject: {},
        quote: 'she said "hi" \\ bye\n',
      };
      const metadata = { actor: 'user-7', channel: 'phone', correlationId: 'c-1', occurredAt: '2024-02-29T23:59:59.999Z' };
      const events = [newEvent('CallLogged', data, metadata), newEvent('NoteAdded', {}, { actor: 'user-8' })];

      const result = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      const read = await collect(store.readStream(stream));

      expect(read.map(({ id, type, data, metadata, streamName, revision }) => ({ id, type, data, metadata, streamName, revision }))).toEqual(
        events.map((event, index) => ({ ...event, streamName: stream, revision: BigInt(index) })),
      );
      expect(read.every((event) => event.recordedAt instanceof Date && !Number.isNaN(event.recordedAt.getTime()))).toBe(true);
      expect(result).toEqual({
        streamName: stream,
        nextExpectedRevision: 1n,
        position: read[1].position,
        events: read.map(({ id, revision, position }) => ({ id, revision, position })),
      });
    });

    it("'no_stream' creates a stream and then refuses, naming the actual revision", async () => {
      const { store } = backend();
      const stream = uniqueScope('nostream').stream('a');
      const first = await store.appendToStream(stream, [newEvent('Created')], { expectedRevision: 'no_stream' });
      expect(first.nextExpectedRevision).toBe(0n);
      await expectConflict(store, stream, 'no_stream', 0n);
      expect(await revisionsOf(store, stream)).toEqual([0n]);
    });

    it("'stream_exists' refuses a stream that has no events and accepts one that has", async () => {
      const { store } = backend();
      const stream = uniqueScope('exists').stream('a');
      await expectConflict(store, stream, 'stream_exists', 'no_stream');
      expect(await revisionsOf(store, stream)).toEqual([]);
      await store.appendToStream(stream, [newEvent('Created')]);
      const result = await store.appendToStream(stream, [newEvent('Updated')], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1n);
    });

    it('an exact revision must be the revision of the stream’s last event', async () => {
      const { store } = backend();
      const stream = uniqueScope('exact').stream('a');
      await expectConflict(store, stream, 0n, 'no_stream');
      await store.appendToStream(stream, [newEvent('Created'), newEvent('Updated')], { expectedRevision: 'no_stream' });
      await expectConflict(store, stream, 0n, 1n);
      await expectConflict(store, stream, 2n, 1n);
      const result = await store.appendToStream(stream, [newEvent('Updated')], { expectedRevision: 1n });
      expect(result.nextExpectedRevision).toBe(2n);
      expect(await revisionsOf(store, stream)).toEqual([0n, 1n, 2n]);
    });

    it("'any' appends to a new or an existing stream, and is the default", async () => {
      const { store } = backend();
      const stream = uniqueScope('any').stream('a');
      expect((await store.appendToStream(stream, [newEvent('Created')], { expectedRevision: 'any' })).nextExpectedRevision).toBe(0n);
      expect((await store.appendToStream(stream, [newEvent('Updated')])).nextExpectedRevision).toBe(1n);
    });

    it('a refused append writes none of its events', async () => {
      const { store } = backend();
      const stream = uniqueScope('refused').stream('a');
      await store.appendToStream(stream, [newEvent('Created')]);
      const refused = [newEvent('Updated'), newEvent('Updated')];
      await expect(store.appendToStream(stream, refused, { expectedRevision: 5n })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await revisionsOf(store, stream)).toEqual([0n]);
      // the refused ids were not taken: the same events can still be appended
      const result = await store.appendToStream(stream, refused, { expectedRevision: 0n });
      expect(result.events.map((event) => event.revision)).toEqual([1n, 2n]);
    });

    it('a retried append with the same event ids returns the first result and writes nothing new', async () => {
      const { store } = backend();
      const stream = uniqueScope('retry').stream('a');
      const events: EventToAppend[] = [newEvent('Created', { n: 1 }), newEvent('Updated', { n: 2 })];
      const first = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      await store.appendToStream(stream, [newEvent('Updated', { n: 3 })], { expectedRevision: 1n });

      // the stream has moved on since: the retry must still be recognised, not refused
      expect(await store.appendToStream(stream, events, { expectedRevision: 'no_stream' })).toEqual(first);
      expect(await store.appendToStream(stream, events)).toEqual(first);
      expect(await revisionsOf(store, stream)).toEqual([0n, 1n, 2n]);
    });

    it('takes an id written in capitals as the same id: answered lowercase, recognised on repeat', async () => {
      const { store } = backend();
      const stream = uniqueScope('idcase').stream('a');
      const event = newEvent('Created');
      const first = await store.appendToStream(stream, [{ ...event, id: event.id.toUpperCase() }], { expectedRevision: 'no_stream' });
      expect(first.events.map((appended) => appended.id)).toEqual([event.id]);
      expect(await store.appendToStream(stream, [event], { expectedRevision: 'no_stream' })).toEqual(first);
      expect((await collect(store.readStream(stream))).map((stored) => stored.id)).toEqual([event.id]);
    });

    it("two first appends racing with 'no_stream': exactly one wins", async () => {
      const { store } = backend();
      const stream = uniqueScope('race').stream('a');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => store.appendToStream(stream, [newEvent('Created')], { expectedRevision: 'no_stream' })),
      );
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const error of lost) {
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamName: stream, expected: 'no_stream', actual: 0n });
      }
      expect(await revisionsOf(store, stream)).toEqual([0n]);
    });
  });
}
