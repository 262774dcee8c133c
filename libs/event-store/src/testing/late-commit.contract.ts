import type { BackendAccess } from './contract-backend.js';
import { collect, newEvent, uniqueScope } from './contract-events.js';
import { SubscriptionRecorder } from './subscription-recorder.js';

const ids = (events: { id: string }[]) => events.map((event) => event.id);

export function lateCommitContract(backend: BackendAccess): void {
  describe('late commits', () => {
    it('an event that takes its place in the log first but commits last is still delivered', async () => {
      const { store, holdOpenAppend } = backend();
      const scope = uniqueScope('late');
      const ours = { streamPrefixes: [scope.prefix] };
      const recorder = new SubscriptionRecorder(store, { filter: ours });
      try {
        const before = newEvent('Before');
        await store.appendToStream(scope.stream('a'), [before]);
        await recorder.waitForIds([before.id]);

        const late = newEvent('Late');
        const after = [newEvent('After'), newEvent('After')];
        if (holdOpenAppend) {
          const held = await holdOpenAppend(scope.stream('held'), late);
          await store.appendToStream(scope.stream('b'), [after[0]]);
          await store.appendToStream(scope.stream('c'), [after[1]]);
          // A backend that shows the later events now must also deliver them now; a reader that
          // then moves past the held event's place is exactly the bug this test is here for.
          const readableMeanwhile = ids(await collect(store.readAll({ filter: ours })));
          if (readableMeanwhile.includes(after[1].id)) await recorder.waitForIds([after[1].id]);
          await held.commit();
        } else {
          // Not applicable: this backend cannot hold a write open. Check what still can be: appends
          // racing a live subscriber all arrive once, in the order the log keeps them.
          await Promise.all([late, ...after].map((event, n) => store.appendToStream(scope.stream(`race-${n}`), [event])));
        }

        await recorder.waitForIds([late.id, ...ids(after)]);
        const delivered = ids(recorder.events);
        expect(new Set(delivered).size).toBe(delivered.length);
        expect(delivered.sort()).toEqual(ids([before, late, ...after]).sort());
        expect(ids(recorder.events)).toEqual(ids(await collect(store.readAll({ filter: ours }))));
      } finally {
        await recorder.close();
      }
    });
  });
}
