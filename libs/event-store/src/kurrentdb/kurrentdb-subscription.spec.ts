import { PassThrough } from 'node:stream';
import { jest } from '@jest/globals';
import type { AllStreamResolvedEvent, AllStreamSubscription } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import type { RecordedEvent } from '../event-store.port.js';
import { toEventStoreError } from './kurrentdb-errors.js';
import { KurrentDbSubscription } from './kurrentdb-subscription.js';

/** Stands in for the client's subscription: a stream of resolved events that also emits 'caughtUp'. */
class ClientSubscriptionDouble extends PassThrough {
  readonly unsubscribe = jest.fn(async () => undefined);
  constructor() {
    super({ objectMode: true });
  }
}

function resolved(revision: number, type = 'CallLogged'): AllStreamResolvedEvent {
  const position = { commit: BigInt(revision * 100), prepare: BigInt(revision * 100) };
  return {
    event: {
      streamId: 'customer-1',
      id: `00000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
      isJson: true,
      revision: BigInt(revision),
      type,
      created: new Date('2025-03-01T09:00:00.000Z'),
      data: {},
      metadata: {},
      position,
    },
  } as AllStreamResolvedEvent;
}

function subscribe(options: { after?: { commit: bigint; prepare: bigint } } = {}) {
  const source = new ClientSubscriptionDouble();
  const onCaughtUp = jest.fn();
  const subscription = new KurrentDbSubscription(source as unknown as AllStreamSubscription, {
    ...options,
    onCaughtUp,
    toStoreError: (error) => toEventStoreError(error, { endpoint: 'db.internal:2113' }),
  });
  return { source, onCaughtUp, subscription, events: subscription[Symbol.asyncIterator]() };
}

async function nextEvent(events: AsyncIterator<RecordedEvent>): Promise<RecordedEvent> {
  const result = await events.next();
  if (result.done) throw new Error('subscription ended early');
  return result.value;
}

describe('KurrentDB subscription', () => {
  it('reports caught up only once the events before it have been handed out', async () => {
    const { source, onCaughtUp, events } = subscribe();
    source.write(resolved(1));
    source.write(resolved(2));
    source.emit('caughtUp', {});

    expect((await nextEvent(events)).revision).toBe(1n);
    expect(onCaughtUp).not.toHaveBeenCalled();
    expect((await nextEvent(events)).revision).toBe(2n);
    expect(onCaughtUp).not.toHaveBeenCalled();

    // Asking for the next event means the consumer is done with the last one from before.
    const live = nextEvent(events);
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
    source.write(resolved(3));
    expect((await live).revision).toBe(3n);
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
  });

  it('reports caught up at once when nothing is waiting to be handed out', () => {
    const { source, onCaughtUp } = subscribe();
    source.emit('caughtUp', {});
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
  });

  it('waits for the consumer to finish the event it holds', async () => {
    const { source, onCaughtUp, events } = subscribe();
    source.write(resolved(1));
    await nextEvent(events);
    source.emit('caughtUp', {});
    expect(onCaughtUp).not.toHaveBeenCalled();

    const live = nextEvent(events);
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
    source.write(resolved(2));
    await live;
  });

  it('reports caught up only once, even if the server says so again', async () => {
    const { source, onCaughtUp, events } = subscribe();
    source.emit('caughtUp', {});
    source.write(resolved(1));
    source.emit('caughtUp', {});
    await nextEvent(events);
    const live = nextEvent(events);
    source.write(resolved(2));
    await live;
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
  });

  it('leaves out the checkpoint itself and system events, which still count towards catching up', async () => {
    const { source, onCaughtUp, events } = subscribe({ after: { commit: 100n, prepare: 100n } });
    source.write(resolved(1));
    source.write(resolved(2, '$metadata'));
    source.write(resolved(3));
    source.emit('caughtUp', {});

    expect((await nextEvent(events)).revision).toBe(3n);
    const live = nextEvent(events);
    source.write(resolved(4));
    expect((await live).revision).toBe(4n);
    expect(onCaughtUp).toHaveBeenCalledTimes(1);
  });

  it('ends a waiting iteration on close() and cancels the server subscription', async () => {
    const { source, subscription, events } = subscribe();
    const waiting = events.next();
    await subscription.close();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('cancels the server subscription when the consumer stops iterating', async () => {
    const { source, subscription } = subscribe();
    source.write(resolved(1));
    for await (const event of subscription) {
      expect(event.revision).toBe(1n);
      break;
    }
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('fails, rather than ending quietly, when the server ends the subscription', async () => {
    const { source, events } = subscribe();
    source.write(resolved(1));
    source.end();
    expect((await nextEvent(events)).revision).toBe(1n);
    await expect(events.next()).rejects.toThrow(EventStoreUnavailableError);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('hands a connection failure to the consumer as the port error, even one that came before iterating', async () => {
    const { source, events } = subscribe();
    source.emit('error', Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }));
    await expect(events.next()).rejects.toThrow(EventStoreUnavailableError);
  });
});
