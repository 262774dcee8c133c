import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_CODEC, readCurrentEvents, type CurrentEvent, type EventCodec } from '#crm/commands';
import { customerStreamName, evolveCustomer, initialCustomerState, NotFoundError, presentCustomerState, type CustomerEvent, type CustomerState, type PresentedCustomerState } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { historyEvent, type HistoryEvent } from '#crm/commands';
import { CustomerStateSnapshots, isSnapshotRevision, SNAPSHOT_EVERY, type FoldedState } from './state-snapshots/customer-state-snapshots.js';

export const DEFAULT_HISTORY_PAGE = 100;

export type HistoryPage = { events: HistoryEvent[]; next: string | null };

/** The customer as folded from its events, with the revision of the last one folded in. */
export type CustomerStateView = PresentedCustomerState & { revision: string | null };

/** Reads a customer's own stream: replaying history needs no read model. */
@Injectable()
export class CustomerHistoryService {
  private readonly logger = new Logger(CustomerHistoryService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly snapshots: CustomerStateSnapshots,
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

  /**
   * What the CRM knew of the customer at `asOf` (the events recorded by then); now without it.
   * Folds on from the newest snapshot recorded by then, and keeps the snapshots this fold passed.
   * With `validAt`, how the customer stood at that business time (docs/time-travel.md): the events
   * that had happened by then (their `occurredAt`, else when they were recorded), in log order.
   * Snapshots hold prefixes of the log, not that, so such a fold starts from the first event and
   * keeps none. An erasure holds on every axis: it is folded whenever it happened.
   */
  async state(customerId: string, asOf?: Date, validAt?: Date): Promise<CustomerStateView> {
    const snapshot = validAt ? null : await this.snapshots.latest(customerId, asOf);
    let { state, revision }: { state: CustomerState; revision: bigint | null } = snapshot ?? { state: initialCustomerState, revision: null };
    let exists = snapshot !== null;
    const passed: FoldedState[] = [];
    for await (const event of this.eventsAfter(customerStreamName(customerId), revision)) {
      exists = true;
      // Recorded time rises with revision: every append expects the revision its writer read, so it begins after the previous one committed.
      if (asOf && event.recordedAt.getTime() > asOf.getTime()) break;
      if (validAt && event.type !== 'CustomerErased' && businessTime(event) > validAt.getTime()) continue;
      // evolve ignores types it does not know, so the stream's events fold as they are
      state = evolveCustomer(state, event as unknown as CustomerEvent);
      revision = event.revision;
      if (!validAt && isSnapshotRevision(revision)) passed.push({ revision, recordedAt: event.recordedAt, state });
    }
    if (!exists) throw new NotFoundError('customer', customerId);
    if (passed.length > 0) await this.keep(customerId, passed);
    return { ...presentCustomerState(state), revision: revision === null ? null : revision.toString() };
  }

  async current(customerId: string): Promise<CustomerStateView> {
    const view = await this.state(customerId);
    if (view.status === 'unknown') throw new NotFoundError('customer', customerId);
    return view;
  }

  /**
   * The stream after a revision (all of it after null). A fold from a snapshot mostly stops within
   * the snapshot interval, so the first read asks for no more than that, not a whole page.
   */
  private async *eventsAfter(streamName: string, revision: bigint | null): AsyncIterable<CurrentEvent> {
    let last = revision;
    let read = 0;
    for await (const event of readCurrentEvents(this.store, this.codec, streamName, { fromRevision: next(last), maxCount: SNAPSHOT_EVERY })) {
      yield event;
      last = event.revision;
      read += 1;
    }
    if (read === SNAPSHOT_EVERY) yield* readCurrentEvents(this.store, this.codec, streamName, { fromRevision: next(last) });
  }

  /**
   * Snapshots only save work: a failure to write one (an erased person has no key to seal it
   * with, a busy database) leaves the answer as it is, and is no news worth more than a debug line.
   */
  private async keep(customerId: string, passed: FoldedState[]): Promise<void> {
    await this.snapshots.save(customerId, passed).catch((error: unknown) => {
      this.logger.debug(`state snapshots not kept: ${error instanceof Error ? error.constructor.name : typeof error}`);
    });
  }

  /** Read from the start, an empty stream is a customer that does not exist: 404. */
  private async read(customerId: string, options: { fromRevision?: bigint; maxCount?: number }): Promise<CurrentEvent[]> {
    const events: CurrentEvent[] = [];
    for await (const event of readCurrentEvents(this.store, this.codec, customerStreamName(customerId), options)) events.push(event);
    if (events.length === 0 && !options.fromRevision) throw new NotFoundError('customer', customerId);
    return events;
  }
}

const next = (revision: bigint | null): bigint => (revision === null ? 0n : revision + 1n);

/** When it happened in the world: its `occurredAt`, or, for a record change that has none, when it was recorded. */
function businessTime(event: CurrentEvent): number {
  const occurredAt = (event.data as { occurredAt?: unknown }).occurredAt;
  return typeof occurredAt === 'string' ? Date.parse(occurredAt) : event.recordedAt.getTime();
}
