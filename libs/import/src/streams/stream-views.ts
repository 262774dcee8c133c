import { loadStream, type EventCodec } from '#crm/commands';
import type { Decider, DomainEvent } from '#crm/domain';
import type { EventStore } from '#crm/event-store';
import { indexOrder, type StreamView } from './stream-view.js';

/**
 * Stream views kept between batches, so a customer met on every page of the file is read from the
 * log once. Bounded: the least recently used are dropped and read again if met later.
 */
export class StreamViews {
  private readonly views = new Map<string, StreamView>();

  constructor(
    private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly capacity = 20_000,
  ) {}

  async get(streamName: string, decider: Decider<any, any, unknown>): Promise<StreamView> {
    const cached = this.views.get(streamName);
    if (cached) {
      this.views.delete(streamName);
      this.views.set(streamName, cached);
      return cached;
    }
    const loaded = await loadStream(this.store, this.codec, streamName);
    const view: StreamView = { state: decider.initialState, revision: loaded.revision, lastHash: loaded.lastHash, eventIds: new Set(), orders: new Map() };
    for (const event of loaded.events) {
      view.state = decider.evolve(view.state, event as unknown as DomainEvent);
      view.eventIds.add(event.id);
      indexOrder(view, event as unknown as DomainEvent);
    }
    this.views.set(streamName, view);
    if (this.views.size > this.capacity) this.views.delete(this.views.keys().next().value!);
    return view;
  }

  /** After a failed append the cached view may hold events the log refused: read it again next time. */
  forget(streamName: string): void {
    this.views.delete(streamName);
  }
}
