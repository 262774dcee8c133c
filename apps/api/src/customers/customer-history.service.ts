import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_CODEC, readCurrentEvents, type CurrentEvent, type EventCodec } from '#crm/commands';
import { customerStreamName, evolveCustomer, initialCustomerState, NotFoundError, presentCustomerState, type CustomerEvent, type CustomerState, type PresentedCustomerState } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { historyEvent, type HistoryEvent } from '#crm/commands';
import { CustomerStateSnapshots, type FoldedState, type LateEvent } from './state-snapshots/customer-state-snapshots.js';

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
   * An erasure holds on every axis: it is folded whenever it happened.
   */
  async state(customerId: string, asOf?: Date, validAt?: Date): Promise<CustomerStateView> {
    if (validAt) return this.stateAt(customerId, validAt.getTime(), asOf);
    const base = await this.snapshots.latest(customerId, asOf);
    const events = await this.collect(this.eventsAfter(customerStreamName(customerId), base?.revision ?? null), asOf);
    if (!base && !events.any) throw new NotFoundError('customer', customerId);
    const { state, revision, passed } = this.foldOn(base, events);
    await this.keep(customerId, passed);
    return view(state, revision);
  }

  /**
   * The fold at business time `at` reads three stretches of the stream. (1) The newest snapshot
   * whose events all happened by `at` seeds it, and the events up to the next snapshot are read
   * whole. (2) Past that one, some event already happened after `at`, so of the events beyond it
   * only the late ones (that happened before an event ahead of them) and erasures can count: the
   * snapshots list them, so just those with a business time by `at` are read. (3) After the last
   * snapshot, the rest is read whole. Without snapshots (1) is the whole stream, and its fold
   * makes them; a long (3) makes them from the last snapshot.
   */
  private async stateAt(customerId: string, at: number, asOf?: Date): Promise<CustomerStateView> {
    const streamName = customerStreamName(customerId);
    const marks = await this.snapshots.marks(customerId, asOf);
    const seed = marks.findLastIndex((mark) => mark.maxBusinessTime === null || mark.maxBusinessTime <= at);
    // a shredded snapshot (the person is erased) leaves (1) to start from the first event
    const base = seed >= 0 ? await this.snapshots.open(customerId, marks[seed]) : null;
    const whole = await this.collect(this.eventsAfter(streamName, base?.revision ?? null, marks[seed + 1]?.revision), asOf);
    let covered = seed + 1;
    const late: bigint[] = [];
    // only while each snapshot's list goes on from the one before it (a fold from another snapshot may have left a gap)
    for (; covered + 1 < marks.length && marks[covered + 1].lateSince === marks[covered].revision + 1n; covered += 1) {
      for (const event of marks[covered + 1].late) if (event.businessTime === null || event.businessTime <= at) late.push(event.revision);
    }
    const picked = await this.collect(this.eventsAt(streamName, late));
    const rest = covered < marks.length ? await this.collect(this.eventsAfter(streamName, marks[covered].revision), asOf) : [];
    // (1) reads from the first event unless a snapshot seeds it
    if (!base && !whole.any) throw new NotFoundError('customer', customerId);

    let { state, revision }: { state: CustomerState; revision: bigint | null } = base ?? { state: initialCustomerState, revision: null };
    for (const event of [...whole, ...picked, ...rest]) {
      if (event.type !== 'CustomerErased' && businessTime(event) > at) continue;
      state = evolve(state, event);
      revision = event.revision;
    }
    // Folding the plain state beside costs a second fold of a stretch, so only one that passes a snapshot not kept yet is.
    const kept = new Set(marks.map((mark) => mark.revision));
    const missing = (events: CurrentEvent[]) => events.some((event) => this.snapshots.isSnapshotRevision(event.revision) && !kept.has(event.revision));
    const passed = missing(whole) ? this.foldOn(base, whole).passed : [];
    if (missing(rest)) {
      const last = await this.snapshots.open(customerId, marks[covered]);
      if (last) passed.push(...this.foldOn(last, rest).passed);
    }
    await this.keep(customerId, passed);
    return view(state, revision);
  }

  /**
   * Folds every one of `events` on from a snapshot (from the start without one), noting the
   * business times a snapshot keeps, and the states at the snapshot revisions it passes.
   */
  private foldOn(base: FoldedState | null, events: CurrentEvent[]): { state: CustomerState; revision: bigint | null; passed: FoldedState[] } {
    let state = base?.state ?? initialCustomerState;
    let revision = base?.revision ?? null;
    let maxBusinessTime = base?.maxBusinessTime ?? null;
    let lateSince = next(revision);
    let late: LateEvent[] = [];
    const passed: FoldedState[] = [];
    for (const event of events) {
      state = evolve(state, event);
      revision = event.revision;
      const at = event.type === 'CustomerErased' ? null : businessTime(event);
      if (at === null || (maxBusinessTime !== null && at < maxBusinessTime)) late.push({ revision, businessTime: at });
      if (at !== null && (maxBusinessTime === null || at > maxBusinessTime)) maxBusinessTime = at;
      if (this.snapshots.isSnapshotRevision(revision)) {
        passed.push({ revision, recordedAt: event.recordedAt, state, maxBusinessTime, lateSince, late });
        late = [];
        lateSince = revision + 1n;
      }
    }
    return { state, revision, passed };
  }

  async current(customerId: string): Promise<CustomerStateView> {
    const view = await this.state(customerId);
    if (view.status === 'unknown') throw new NotFoundError('customer', customerId);
    return view;
  }

  /**
   * The stream after a revision (all of it after null), up to `through` if given. A fold from a
   * snapshot mostly stops within the snapshot interval, so the first read asks for no more than
   * that, not a whole page.
   */
  private async *eventsAfter(streamName: string, revision: bigint | null, through?: bigint): AsyncIterable<CurrentEvent> {
    const every = this.snapshots.every;
    let last = revision;
    let read = 0;
    const first = through === undefined ? every : Number(through - (revision ?? -1n));
    for await (const event of readCurrentEvents(this.store, this.codec, streamName, { fromRevision: next(last), maxCount: first })) {
      yield event;
      last = event.revision;
      read += 1;
    }
    if (through === undefined && read === every) yield* readCurrentEvents(this.store, this.codec, streamName, { fromRevision: next(last) });
  }

  /** The events at these revisions (ascending): runs of near ones in one read, since a read costs more than a few events decoded in vain. */
  private async *eventsAt(streamName: string, revisions: bigint[]): AsyncIterable<CurrentEvent> {
    const wanted = new Set(revisions);
    for (let index = 0; index < revisions.length; ) {
      let end = index;
      while (end + 1 < revisions.length && revisions[end + 1] - revisions[end] <= NEAR) end += 1;
      const from = revisions[index];
      for await (const event of readCurrentEvents(this.store, this.codec, streamName, { fromRevision: from, maxCount: Number(revisions[end] - from) + 1 })) {
        if (wanted.has(event.revision)) yield event;
      }
      index = end + 1;
    }
  }

  /**
   * The events in order, up to the last recorded by `asOf` if given (recorded time rises with
   * revision: every append expects the revision its writer read, so it begins after the previous
   * one committed); `any` tells whether there was an event at all, recorded by then or not.
   */
  private async collect(events: AsyncIterable<CurrentEvent>, asOf?: Date): Promise<CurrentEvent[] & { any: boolean }> {
    const collected = Object.assign([] as CurrentEvent[], { any: false });
    for await (const event of events) {
      collected.any = true;
      if (asOf && event.recordedAt.getTime() > asOf.getTime()) break;
      collected.push(event);
    }
    return collected;
  }

  /**
   * Snapshots only save work: a failure to write one (an erased person has no key to seal it
   * with, a busy database) leaves the answer as it is, and is no news worth more than a debug line.
   */
  private async keep(customerId: string, passed: FoldedState[]): Promise<void> {
    if (passed.length === 0) return;
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

/** Late revisions this close are read as one run. */
const NEAR = 16n;

// evolve ignores types it does not know, so the stream's events fold as they are
const evolve = (state: CustomerState, event: CurrentEvent): CustomerState => evolveCustomer(state, event as unknown as CustomerEvent);

const view = (state: CustomerState, revision: bigint | null): CustomerStateView => ({ ...presentCustomerState(state), revision: revision === null ? null : revision.toString() });

/** When it happened in the world: its `occurredAt`, or, for a record change that has none, when it was recorded. */
function businessTime(event: CurrentEvent): number {
  const occurredAt = (event.data as { occurredAt?: unknown }).occurredAt;
  return typeof occurredAt === 'string' ? Date.parse(occurredAt) : event.recordedAt.getTime();
}
