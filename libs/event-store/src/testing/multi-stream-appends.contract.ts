import { InvalidEventStoreInputError } from '../event-store-input.validation.js';
import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { comparePositions } from '../log-position.js';
import type { BackendAccess } from './contract-backend.js';
import { collect, newEvent, uniqueScope } from './contract-events.js';

export function multiStreamAppendContract(backend: BackendAccess): void {
  describe('appending to many streams at once', () => {
    it('appends each stream’s events after its own last revision and answers as appendToStream would', async () => {
      const { store } = backend();
      const scope = uniqueScope('many');
      const [existing, fresh] = [scope.stream('existing'), scope.stream('fresh')];
      await store.appendToStream(existing, [newEvent('Created')]);
      const appends = [
        { streamName: existing, events: [newEvent('Updated', { n: 1 }), newEvent('Updated', { n: 2 })], expectedRevision: 0n },
        { streamName: fresh, events: [newEvent('Created', { n: 3 })], expectedRevision: 'no_stream' as const },
      ];

      const results = await store.appendToStreams(appends);

      const [readExisting, readFresh] = [await collect(store.readStream(existing)), await collect(store.readStream(fresh))];
      expect(readExisting.map(({ revision, data }) => ({ revision, data }))).toEqual([
        { revision: 0n, data: {} },
        { revision: 1n, data: { n: 1 } },
        { revision: 2n, data: { n: 2 } },
      ]);
      expect(results).toEqual([
        { streamName: existing, nextExpectedRevision: 2n, position: readExisting[2].position, events: readExisting.slice(1).map(({ id, revision, position }) => ({ id, revision, position })) },
        { streamName: fresh, nextExpectedRevision: 0n, position: readFresh[0].position, events: readFresh.map(({ id, revision, position }) => ({ id, revision, position })) },
      ]);
      expect(comparePositions(readExisting[1].position, readExisting[2].position)).toBeLessThan(0);
    });

    it('refuses a stream whose expected revision does not hold, naming it, and writes none of its events', async () => {
      const { store } = backend();
      const scope = uniqueScope('many-conflict');
      const [good, stale] = [scope.stream('good'), scope.stream('stale')];
      await store.appendToStream(stale, [newEvent('Created'), newEvent('Updated')]);
      const attempt = store.appendToStreams([
        { streamName: good, events: [newEvent('Created')], expectedRevision: 'no_stream' },
        { streamName: stale, events: [newEvent('Updated')], expectedRevision: 0n },
      ]);
      await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(attempt).rejects.toMatchObject({ streamName: stale, expected: 0n, actual: 1n });
      expect(await collect(store.readStream(stale))).toHaveLength(2);
    });

    it('a repeated call with the same event ids returns the first results and writes nothing new', async () => {
      const { store } = backend();
      const scope = uniqueScope('many-retry');
      const appends = [
        { streamName: scope.stream('a'), events: [newEvent('Created'), newEvent('Updated')], expectedRevision: 'no_stream' as const },
        { streamName: scope.stream('b'), events: [newEvent('Created')], expectedRevision: 'no_stream' as const },
      ];
      const first = await store.appendToStreams(appends);
      expect(await store.appendToStreams(appends)).toEqual(first);
      expect(await collect(store.readStream(scope.stream('a')))).toHaveLength(2);
      expect(await collect(store.readStream(scope.stream('b')))).toHaveLength(1);
    });

    it('takes no appends as nothing to do, and refuses a stream named twice or a bad event by its place', async () => {
      const { store } = backend();
      const stream = uniqueScope('many-input').stream('a');
      expect(await store.appendToStreams([])).toEqual([]);
      const twice = store.appendToStreams([
        { streamName: stream, events: [newEvent('Created')] },
        { streamName: stream, events: [newEvent('Updated')] },
      ]);
      await expect(twice).rejects.toBeInstanceOf(InvalidEventStoreInputError);
      await expect(twice).rejects.toThrow(`appends[1].streamName: names ${stream} again`);
      await expect(store.appendToStreams([{ streamName: stream, events: [{ ...newEvent('E'), id: 'x' }] }])).rejects.toThrow('appends[0].events[0].id: must be a UUID');
      expect(await collect(store.readStream(stream))).toEqual([]);
    });
  });
}
