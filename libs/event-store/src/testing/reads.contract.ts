import { comparePositions } from '../log-position.js';
import type { EventStore, RecordedEvent } from '../event-store.port.js';
import type { BackendAccess } from './contract-backend.js';
import { collect, newEvent, uniqueScope } from './contract-events.js';
import { awaitReadable } from './subscription-recorder.js';

const revisions = (events: RecordedEvent[]) => events.map((event) => event.revision);
const ids = (events: { id: string }[]) => events.map((event) => event.id);

/** Appends one event per stream name, one append after the other, and returns them in log order. */
async function appendInOrder(store: EventStore, appends: [stream: string, type: string][]) {
  const written = [];
  for (const [stream, type] of appends) {
    const event = newEvent(type);
    const result = await store.appendToStream(stream, [event]);
    written.push({ ...event, stream, position: result.position });
  }
  return written;
}

export function readContract(backend: BackendAccess): void {
  describe('reading', () => {
    it('reads a stream forwards or backwards from a revision, up to maxCount', async () => {
      const { store } = backend();
      const stream = uniqueScope('stream').stream('a');
      await store.appendToStream(stream, [newEvent('E'), newEvent('E')]);
      await store.appendToStream(stream, [newEvent('E'), newEvent('E'), newEvent('E')]);

      expect(revisions(await collect(store.readStream(stream)))).toEqual([0n, 1n, 2n, 3n, 4n]);
      expect(revisions(await collect(store.readStream(stream, { fromRevision: 2n })))).toEqual([2n, 3n, 4n]);
      expect(revisions(await collect(store.readStream(stream, { fromRevision: 1n, maxCount: 2 })))).toEqual([1n, 2n]);
      expect(revisions(await collect(store.readStream(stream, { direction: 'backwards' })))).toEqual([4n, 3n, 2n, 1n, 0n]);
      expect(revisions(await collect(store.readStream(stream, { direction: 'backwards', fromRevision: 3n, maxCount: 2 })))).toEqual([3n, 2n]);
      expect(revisions(await collect(store.readStream(stream, { direction: 'backwards', maxCount: 1 })))).toEqual([4n]);
      expect(await collect(store.readStream(stream, { fromRevision: 5n }))).toEqual([]);
      expect(await collect(store.readStream(`${stream}-never-written`))).toEqual([]);
    });

    it('reads a stream longer than a page, whole, in both directions', async () => {
      const { store } = backend();
      const stream = uniqueScope('long').stream('a');
      const events = Array.from({ length: 1234 }, (_, n) => newEvent('E', { n }));
      await store.appendToStream(stream, events.slice(0, 600));
      await store.appendToStream(stream, events.slice(600));

      expect(ids(await collect(store.readStream(stream)))).toEqual(ids(events));
      expect(ids(await collect(store.readStream(stream, { direction: 'backwards' })))).toEqual(ids(events).reverse());
      expect(ids(await collect(store.readStream(stream, { fromRevision: 100n, maxCount: 1001 })))).toEqual(ids(events.slice(100, 1101)));
    });

    it('reads the whole log in append order, strictly after a position, up to maxCount', async () => {
      const { store } = backend();
      const scope = uniqueScope('all');
      const written = await appendInOrder(store, [
        [scope.stream('a'), 'E'], [scope.stream('b'), 'E'], [scope.stream('a'), 'E'], [scope.stream('c'), 'E'],
      ]);
      await awaitReadable(store, scope.prefix, written.length);
      const ours = { streamPrefixes: [scope.prefix] };

      const all = await collect(store.readAll({ filter: ours }));
      expect(ids(all)).toEqual(ids(written));
      expect(all.map((event) => event.position)).toEqual(written.map((event) => event.position));
      for (let i = 1; i < all.length; i += 1) expect(comparePositions(all[i - 1].position, all[i].position)).toBe(-1);

      expect(ids(await collect(store.readAll({ filter: ours, after: written[1].position })))).toEqual(ids(written.slice(2)));
      expect(ids(await collect(store.readAll({ filter: ours, after: written[1].position, maxCount: 1 })))).toEqual([written[2].id]);
      expect(await collect(store.readAll({ filter: ours, after: written[3].position }))).toEqual([]);

      const unfiltered = await collect(store.readAll({ after: written[0].position }));
      expect(ids(unfiltered.filter((event) => event.streamName.startsWith(scope.prefix)))).toEqual(ids(written.slice(1)));
    });

    it('filters the log by stream prefix or by event type', async () => {
      const { store } = backend();
      const scope = uniqueScope('filter');
      const [called, bought] = [scope.type('Called'), scope.type('Bought')];
      const written = await appendInOrder(store, [
        [scope.stream('customer-1'), called], [scope.stream('deal-1'), bought], [scope.stream('customer-2'), bought],
        [scope.stream('customer-1'), bought], [scope.stream('deal-2'), called],
      ]);
      await awaitReadable(store, scope.prefix, written.length);
      const expectIds = (indexes: number[]) => indexes.map((index) => written[index].id);

      expect(ids(await collect(store.readAll({ filter: { streamPrefixes: [scope.stream('customer-')] } })))).toEqual(expectIds([0, 2, 3]));
      expect(ids(await collect(store.readAll({ filter: { streamPrefixes: [scope.stream('customer-1'), scope.stream('deal-')] } })))).toEqual(
        expectIds([0, 1, 3, 4]),
      );
      expect(ids(await collect(store.readAll({ filter: { eventTypes: [called] } })))).toEqual(expectIds([0, 4]));
      expect(ids(await collect(store.readAll({ filter: { eventTypes: [called, bought] }, after: written[2].position })))).toEqual(
        expectIds([3, 4]),
      );
    });

    it('counts the readable events after a position, matching a filter, at most up to a limit', async () => {
      const { store } = backend();
      const scope = uniqueScope('count');
      const [called, bought] = [scope.type('Called'), scope.type('Bought')];
      const written = await appendInOrder(store, [
        [scope.stream('a'), called], [scope.stream('b'), bought], [scope.stream('a'), called], [scope.stream('c'), called], [scope.stream('b'), called],
      ]);
      await awaitReadable(store, scope.prefix, written.length);
      const ours = { streamPrefixes: [scope.prefix] };

      expect(await store.countAfter({ filter: ours, limit: 100 })).toBe(5);
      expect(await store.countAfter({ filter: ours, after: written[0].position, limit: 100 })).toBe(4);
      expect(await store.countAfter({ filter: ours, after: written[0].position, limit: 2 })).toBe(2);
      expect(await store.countAfter({ filter: { eventTypes: [called] }, after: written[1].position, limit: 100 })).toBe(3);
      expect(await store.countAfter({ filter: ours, after: written[4].position, limit: 100 })).toBe(0);
      expect(await store.countAfter({ after: written[1].position, limit: 3 })).toBe(3);
    });

    it('reports a head position at or after the last readable append', async () => {
      const { store } = backend();
      const scope = uniqueScope('head');
      const written = await appendInOrder(store, [[scope.stream('a'), 'E']]);
      await awaitReadable(store, scope.prefix, 1);
      const head = await store.headPosition();
      expect(head).not.toBeNull();
      expect(comparePositions(head!, written[0].position)).toBeGreaterThanOrEqual(0);
    });
  });
}
