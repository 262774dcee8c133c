import { loadStream, type EventCodec } from '#crm/commands';
import type { AnyDecider, DomainEvent } from '#crm/domain';
import type { EventStore } from '#crm/event-store';
import { UuidSet } from '../ids/uuid-set.js';
import { indexOrder, type StreamView } from './stream-view.js';

/** A cached view, the events it held when last counted, and the batch that last used it. */
type Cached = { view: StreamView; events: number; batch: number };

/**
 * Stream views kept between batches, so a customer met on every page of the file is read from the
 * log once. Bounded by the events the views hold, not by their number: a view's state and ids grow
 * with its stream, and a file's busiest customers hold most of its events. The least recently used
 * are dropped and read again if met later, but never one the batch being decided or the batch in
 * flight uses: read again before that batch lands, it would miss the batch's events, and every
 * decision on it would be refused and made again.
 */
export class StreamViews {
  private readonly views = new Map<string, Cached>();
  private events = 0;
  private batch = 0;

  constructor(
    private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly capacityEvents = 500_000,
  ) {}

  /** The batch decided from now on: the one before it may still be in flight. */
  nextBatch(): void {
    this.batch += 1;
  }

  async get(streamName: string, decider: AnyDecider): Promise<StreamView> {
    const cached = this.views.get(streamName);
    if (cached) {
      this.views.delete(streamName);
      this.keep(streamName, cached.view, cached.events);
      return cached.view;
    }
    const loaded = await loadStream(this.store, this.codec, streamName);
    const view: StreamView = { state: decider.initialState, revision: loaded.revision, lastHash: loaded.lastHash, eventIds: new UuidSet(), orders: new Map() };
    for (const event of loaded.events) {
      view.state = decider.evolve(view.state, event as unknown as DomainEvent);
      view.eventIds.add(event.id);
      indexOrder(view, event as unknown as DomainEvent);
    }
    this.keep(streamName, view, 0);
    return view;
  }

  /** After a failed append the cached view may hold events the log refused: read it again next time. */
  forget(streamName: string): void {
    const cached = this.views.get(streamName);
    if (!cached) return;
    this.views.delete(streamName);
    this.events -= cached.events;
  }

  /** Puts the view last in line, counting what it gained since it was last counted; drops the oldest beyond capacity. */
  private keep(streamName: string, view: StreamView, counted: number): void {
    this.events += view.eventIds.size - counted;
    this.views.set(streamName, { view, events: view.eventIds.size, batch: this.batch });
    for (const [oldest, { events, batch }] of this.views) {
      if (this.events <= this.capacityEvents || batch >= this.batch - 1) break;
      this.views.delete(oldest);
      this.events -= events;
    }
  }
}
