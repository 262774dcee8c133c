import type { BackendAccess } from './contract-backend.js';
import { newEvent, uniqueScope } from './contract-events.js';
import { awaitReadable, SubscriptionRecorder } from './subscription-recorder.js';

const ids = (events: { id: string }[]) => events.map((event) => event.id);

export function subscriptionContract(backend: BackendAccess): void {
  describe('subscribing to the whole log', () => {
    it('catches up from a position, signals it once, then delivers live events', async () => {
      const { store } = backend();
      const scope = uniqueScope('catchup');
      const backlog = [newEvent('E'), newEvent('E'), newEvent('E')];
      const results = [];
      for (const event of backlog) results.push(await store.appendToStream(scope.stream('a'), [event]));
      await awaitReadable(store, scope.prefix, backlog.length);

      const recorder = new SubscriptionRecorder(store, { after: results[0].position, filter: { streamPrefixes: [scope.prefix] } });
      try {
        await recorder.waitForCaughtUp();
        expect(recorder.deliveredWhenCaughtUp).toBe(2);
        expect(ids(recorder.events)).toEqual(ids(backlog.slice(1)));

        const live = [newEvent('E'), newEvent('E')];
        await store.appendToStream(scope.stream('b'), [live[0]]);
        await store.appendToStream(scope.stream('a'), [live[1]]);
        await recorder.waitFor('the two live events', (events) => events.length >= 4);
        expect(ids(recorder.events)).toEqual(ids([...backlog.slice(1), ...live]));
        expect(recorder.caughtUpCalls).toBe(1);
      } finally {
        await recorder.close();
      }
    });

    it('starts at the beginning of the log by default and applies an event-type filter', async () => {
      const { store } = backend();
      const scope = uniqueScope('types');
      const wanted = [newEvent(scope.type('Wanted')), newEvent(scope.type('Wanted'))];
      await store.appendToStream(scope.stream('a'), [wanted[0], newEvent(scope.type('Other'))]);
      const recorder = new SubscriptionRecorder(store, { filter: { eventTypes: [scope.type('Wanted')] } });
      try {
        await recorder.waitForIds([wanted[0].id]);
        await store.appendToStream(scope.stream('b'), [newEvent(scope.type('Other')), wanted[1]]);
        await recorder.waitForIds([wanted[1].id]);
        expect(ids(recorder.events)).toEqual(ids(wanted));
      } finally {
        await recorder.close();
      }
    });

    it('close() ends an iteration that is waiting for events, promptly', async () => {
      const { store } = backend();
      const scope = uniqueScope('close');
      const recorder = new SubscriptionRecorder(store, { filter: { streamPrefixes: [scope.prefix] } });
      await recorder.waitForCaughtUp();
      const started = performance.now();
      await recorder.close();
      expect(performance.now() - started).toBeLessThan(1000);
      expect(recorder.events).toEqual([]);
    });

    it('leaving the loop early releases the subscription', async () => {
      const { store } = backend();
      const scope = uniqueScope('break');
      await store.appendToStream(scope.stream('a'), [newEvent('E'), newEvent('E')]);
      const subscription = store.subscribeToAll({ filter: { streamPrefixes: [scope.prefix] } });
      const seen = [];
      for await (const event of subscription) {
        seen.push(event);
        break;
      }
      await subscription.close();
      expect(seen).toHaveLength(1);
    });
  });
}
