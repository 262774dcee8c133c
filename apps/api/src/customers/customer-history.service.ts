import { Inject, Injectable } from '@nestjs/common';
import { EVENT_CODEC, readCurrentEvents, type CurrentEvent, type EventCodec } from '@crm/commands';
import { customerHistoryState, customerStreamName, NotFoundError, type CustomerState } from '@crm/domain';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { historyEvent, type HistoryEvent } from './history-event.js';

export const DEFAULT_HISTORY_PAGE = 100;

export type HistoryPage = { events: HistoryEvent[]; next: string | null };

/** The customer as folded from its events, with the revision of the last one folded in. */
export type CustomerStateView = CustomerState & { revision: string | null };

/** Reads a customer's own stream: replaying history needs no read model. */
@Injectable()
export class CustomerHistoryService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  /** Events after revision `after`, oldest first; `next` is the cursor of the following page, null at the end. */
  async page(customerId: string, options: { after?: string; limit?: number }): Promise<HistoryPage> {
    const limit = options.limit ?? DEFAULT_HISTORY_PAGE;
    const fromRevision = options.after === undefined ? 0n : BigInt(options.after) + 1n;
    const events = await this.read(customerId, { fromRevision, maxCount: limit + 1 });
    // past the end of the stream: still a 404 if there is no stream at all
    if (events.length === 0 && fromRevision > 0n) await this.read(customerId, { maxCount: 1 });
    const page = events.slice(0, limit);
    return { events: page.map(historyEvent), next: events.length > limit ? page[page.length - 1].revision.toString() : null };
  }

  /** What the CRM knew of the customer at `asOf` (the events recorded by then); now without it. */
  async state(customerId: string, asOf?: Date): Promise<CustomerStateView> {
    const known: CurrentEvent[] = [];
    let exists = false;
    for await (const event of readCurrentEvents(this.store, this.codec, customerStreamName(customerId))) {
      exists = true;
      // Recorded time rises with revision: every append expects the revision its writer read, so it begins after the previous one committed.
      if (asOf && event.recordedAt.getTime() > asOf.getTime()) break;
      known.push(event);
    }
    if (!exists) throw new NotFoundError('customer', customerId);
    const state = customerHistoryState(known);
    return { ...state, revision: known.length === 0 ? null : known[known.length - 1].revision.toString() };
  }

  async current(customerId: string): Promise<CustomerStateView> {
    const view = await this.state(customerId);
    if (view.status === 'unknown') throw new NotFoundError('customer', customerId);
    return view;
  }

  /** Read from the start, an empty stream is a customer that does not exist: 404. */
  private async read(customerId: string, options: { fromRevision?: bigint; maxCount?: number }): Promise<CurrentEvent[]> {
    const events: CurrentEvent[] = [];
    for await (const event of readCurrentEvents(this.store, this.codec, customerStreamName(customerId), options)) events.push(event);
    if (events.length === 0 && !options.fromRevision) throw new NotFoundError('customer', customerId);
    return events;
  }
}
