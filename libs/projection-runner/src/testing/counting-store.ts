import { EventStoreUnavailableError, type EventStore, type EventSubscription, type SubscribeOptions } from '#crm/event-store';

/**
 * The store, counting the subscriptions (and their closes) and the reads made of it; with
 * `failAfter`, its first subscription fails as a dropped connection does after that many events
 * (the port leaves subscribing again to the caller).
 */
export function countingStore(store: EventStore, failAfter?: number) {
  const counts = { subscriptions: 0, closed: 0, reads: 0 };
  const failing = (subscription: EventSubscription): EventSubscription => ({
    close: () => subscription.close(),
    async *[Symbol.asyncIterator]() {
      let delivered = 0;
      for await (const event of subscription) {
        yield event;
        if (++delivered === failAfter) throw new EventStoreUnavailableError('postgresql', 'the test', new Error('connection dropped'));
      }
    },
  });
  const proxy = new Proxy(store, {
    get(target, property) {
      if (property === 'readAll') {
        return (options: Parameters<EventStore['readAll']>[0]) => {
          counts.reads += 1;
          return target.readAll(options);
        };
      }
      if (property !== 'subscribeToAll') return Reflect.get(target, property);
      return (options: SubscribeOptions) => {
        const subscription = target.subscribeToAll(options);
        counts.subscriptions += 1;
        const counted: EventSubscription = {
          close: () => {
            counts.closed += 1;
            return subscription.close();
          },
          [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
        };
        return counts.subscriptions === 1 && failAfter !== undefined ? failing(counted) : counted;
      };
    },
  });
  return { store: proxy, counts };
}
