import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { anyDecider, type AnyDecider, type Command, type Decider, type DomainEvent } from '#crm/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#crm/event-store';
import { AppendTelemetry } from '#crm/telemetry';
import type { EnvelopedEvent } from '../envelope/build-event-envelope.js';
import { buildEventEnvelopes } from '../envelope/build-event-envelopes.js';
import { deterministicEventId } from '../envelope/deterministic-event-id.js';
import { EVENT_CODEC, type EventCodec } from '../envelope/event-codec.js';
import { keyedWrites, type KeyedWrite } from '../idempotency/keyed-write.js';
import type { AppendedEvent, CommandResult, HandleOptions } from './command-result.js';
import { FoldedStreams, type FoldedStream } from './folded-streams.js';
import { checkExpectedRevision } from './load-stream.js';
import { StreamQueue } from './stream-queue.js';
import { readCurrentEvents } from './upcast-recorded-event.js';

/**
 * Writers in this process take turns per stream, so a conflict means a writer in another process
 * appended first; each retry waits a random while that doubles (full jitter), so two processes
 * hammering one customer drift apart instead of colliding in step.
 */
export const MAX_ATTEMPTS = 20;
const BACKOFF_BASE_MS = 2;
const BACKOFF_CAP_MS = 100;
/** Commands decided together and appended in one call, when writers queue on one stream. */
const MAX_COMMANDS_PER_APPEND = 64;

/** The id the command's `index`-th event gets, when the caller fixed it (eventIds) or seeded it (idempotencyKey). */
function knownEventId(streamName: string, index: number, options: HandleOptions): string | undefined {
  return options.eventIds?.[index] ?? (options.idempotencyKey === undefined ? undefined : deterministicEventId(options.idempotencyKey, streamName, index));
}

export const PIPELINE_OPTIONS = Symbol('PipelineOptions');
export type PipelineOptions = {
  /** How many streams' folded states are kept (default 1,000; 0 turns the cache off). */
  cachedStreams?: number;
};

/** One command waiting for its stream's turn. */
type Job = {
  decider: AnyDecider;
  command: Command;
  options: HandleOptions;
  keyed: KeyedWrite | undefined;
  resolve: (result: CommandResult) => void;
  reject: (error: unknown) => void;
};

/** A job's share of a turn: the events it decided, after the revision before them. */
type Decided = { job: Job; events: DomainEvent[]; revisionBefore: bigint | null };

/**
 * Every write: fold the stream (the cached fold, plus what was appended since), decide, append with
 * the exact revision folded. A writer that lost a race re-reads and decides again (the rules may
 * now say no), unless the caller pinned a revision with If-Match: then the conflict is theirs.
 *
 * Writers queued on one stream in this process are decided in order, each on the state the one
 * before it left (as batchDecider does), and appended together: a refused command fails alone.
 * Only plain commands ride together; one with If-Match, known event ids (an idempotency key or
 * eventIds, whose retry must meet its own earlier append) or a keyed HTTP write's transaction goes alone.
 *
 * A command whose event ids are known beforehand is looked for in the stream first: found, it is a
 * repeat — of a request whose answer was lost, of a job run again — and is answered with the
 * events already there, decided and appended nothing. The stream read is the only check every
 * backend supports: KurrentDB would write the same ids again at a later revision (see docs/kurrentdb.md).
 */
@Injectable()
export class CommandPipeline {
  private readonly queue = new StreamQueue<Job>((streamName, jobs) => this.turn(streamName, jobs), joins, MAX_COMMANDS_PER_APPEND);
  private readonly folded: FoldedStreams;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    @Optional() @Inject(PIPELINE_OPTIONS) options: PipelineOptions = {},
    @Optional() private readonly telemetry?: AppendTelemetry,
  ) {
    this.folded = new FoldedStreams(options.cachedStreams ?? 1_000);
  }

  handle<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, command: C, options: HandleOptions = {}): Promise<CommandResult> {
    const streamName = decider.streamName(command);
    const keyed = keyedWrites.getStore();
    return new Promise((resolve, reject) => {
      const job: Job = { decider: anyDecider(decider), command, options, keyed, resolve, reject };
      // A request that already holds its stream's turn (and transaction) must not queue behind itself.
      if (keyed?.holdsTransaction) void this.turn(streamName, [job]);
      else this.queue.enqueue(streamName, job);
    });
  }

  /** Settles every job; holds the stream until a keyed write's transaction has ended. */
  private async turn(streamName: string, jobs: Job[]): Promise<void> {
    try {
      await this.attempts(streamName, jobs);
    } catch (error) {
      jobs.forEach((job) => job.reject(error));
    }
    const keyed = jobs[0].keyed;
    if (keyed?.holdsTransaction) await keyed.settled;
  }

  private async attempts(streamName: string, jobs: Job[]): Promise<void> {
    const [{ decider, options }] = jobs;
    let live = jobs;
    for (let attempt = 1; ; attempt++) {
      if (knownEventId(streamName, 0, options) !== undefined) {
        // such a job is alone in its turn (see plain)
        const repeated = await this.alreadyAppended(streamName, options);
        if (repeated) {
          jobs[0].resolve(repeated);
          return;
        }
      }
      // First try on the cached fold without asking the log: if another process appended since,
      // the append's revision check says so and the retry reads what it missed. If-Match is
      // compared with the log's revision, never a cached one.
      const cached = attempt === 1 && options.expectedRevision === undefined ? this.folded.get(streamName, decider.evolve) : undefined;
      const stream = cached ?? (await this.fold(decider, streamName));
      checkExpectedRevision(streamName, options.expectedRevision, stream.revision);
      const decided = decideInTurn(decider, live, stream);
      live = decided.map(({ job }) => job);
      if (live.length === 0) return;
      try {
        await this.append(streamName, stream, decided);
        return;
      } catch (error) {
        const retryable = error instanceof WrongExpectedRevisionError && options.expectedRevision === undefined;
        if (error instanceof WrongExpectedRevisionError) this.forgetIfBehind(streamName, stream, error);
        if (!retryable || attempt >= MAX_ATTEMPTS) {
          live.forEach((job) => job.reject(error));
          return;
        }
        await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
      }
    }
  }

  /**
   * The first run's answer when the stream holds the command's events: from its first known id on,
   * the events whose ids are the command's, in order. Ids are compared lowercase, as the log
   * answers them. Only ids, types and positions are read: nothing is decoded.
   */
  private async alreadyAppended(streamName: string, options: HandleOptions): Promise<CommandResult | undefined> {
    const idAt = (index: number) => knownEventId(streamName, index, options)?.toLowerCase();
    const appended: AppendedEvent[] = [];
    for await (const event of this.store.readStream(streamName)) {
      if (event.id !== idAt(appended.length)) {
        if (appended.length > 0) break;
        continue;
      }
      appended.push({ eventId: event.id, type: event.type, revision: event.revision, position: event.position });
    }
    return appended.length === 0 ? undefined : { streamName, revision: appended.at(-1)!.revision, events: appended };
  }

  /** The cached fold carried forward by the events appended since, or the whole stream. */
  private async fold(decider: AnyDecider, streamName: string): Promise<FoldedStream<unknown>> {
    const cached = this.folded.get(streamName, decider.evolve);
    let { state, revision, lastHash } = cached ?? { state: decider.initialState, revision: null, lastHash: null };
    const fromRevision = revision === null ? undefined : revision + 1n;
    for await (const event of readCurrentEvents(this.store, this.codec, streamName, { fromRevision })) {
      state = decider.evolve(state, event as unknown as DomainEvent);
      revision = event.revision;
      lastHash = typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
    }
    const folded = { state, revision, lastHash };
    if (folded.revision !== null && folded.revision !== cached?.revision) this.folded.set(streamName, decider.evolve, folded);
    return folded;
  }

  /** A stream behind the cache (a keyed write rolled back after the fold was kept) is folded afresh. */
  private forgetIfBehind(streamName: string, stream: FoldedStream<unknown>, error: WrongExpectedRevisionError): void {
    if (error.actual === 'no_stream' || (stream.revision !== null && error.actual < stream.revision)) this.folded.forget(streamName);
  }

  private async append(streamName: string, stream: FoldedStream<unknown>, decided: Decided[]): Promise<void> {
    const { decider, keyed } = decided[0].job;
    const envelopes: EnvelopedEvent[] = [];
    for (const { job, events, revisionBefore } of decided) {
      if (events.length > 0) envelopes.push(...(await this.envelopes(streamName, job, events, revisionBefore, envelopes.at(-1)?.metadata.hash ?? stream.lastHash)));
    }
    if (envelopes.length === 0) {
      decided.forEach(({ job }) => job.resolve({ streamName, revision: stream.revision, events: [] }));
      return;
    }
    const expectedRevision = stream.revision ?? 'no_stream';
    const append = () => (keyed ? keyed.appendToStream(streamName, envelopes, expectedRevision) : this.store.appendToStream(streamName, envelopes, { expectedRevision }));
    const appended = await (this.telemetry ? this.telemetry.observe(streamName.split('-')[0], append) : append());
    // The decided events fold as the stored ones would (batchDecider relies on the same). Not when
    // a keyed write is still to commit, nor when the log answered an earlier append of the same ids.
    const lastRevision = (stream.revision ?? -1n) + BigInt(envelopes.length);
    if (!keyed?.holdsTransaction && appended.nextExpectedRevision === lastRevision) {
      const state = decided.reduce((folded, { events }) => events.reduce(decider.evolve, folded), stream.state);
      this.folded.set(streamName, decider.evolve, { state, revision: lastRevision, lastHash: envelopes.at(-1)!.metadata.hash });
    }
    let offset = 0;
    for (const { job, events, revisionBefore } of decided) {
      const mine = appended.events.slice(offset, offset + events.length);
      offset += events.length;
      job.resolve({
        streamName,
        revision: mine.at(-1)?.revision ?? revisionBefore,
        events: mine.map((event, index) => ({ eventId: event.id, type: events[index].type, revision: event.revision, position: event.position })),
      });
    }
  }

  private envelopes(streamName: string, { command: { metadata }, options }: Job, events: DomainEvent[], revisionBefore: bigint | null, previousHash: string | null) {
    const eventIds = events.map((_, index) => knownEventId(streamName, index, options) ?? randomUUID());
    return buildEventEnvelopes(
      events,
      {
        streamName,
        firstRevision: (revisionBefore ?? -1n) + 1n,
        eventIds,
        previousHash,
        now: metadata.now,
        actor: options.actorName === undefined ? metadata.actor : { ...metadata.actor, name: options.actorName },
        channel: options.channel,
        correlationId: metadata.correlationId ?? randomUUID(),
        causationId: metadata.causationId,
      },
      this.codec,
    );
  }
}

const plain = (job: Job) =>
  job.keyed === undefined && job.options.expectedRevision === undefined && job.options.idempotencyKey === undefined && job.options.eventIds === undefined;

const joins = (head: Job, next: Job) => plain(head) && plain(next) && head.decider.evolve === next.decider.evolve;

/**
 * Each job decided on the state the ones before it left. A job the rules refuse is rejected here
 * with the decider's error and left out; the others go on.
 */
function decideInTurn(decider: AnyDecider, jobs: Job[], stream: FoldedStream<unknown>): Decided[] {
  const decided: Decided[] = [];
  let { state, revision } = stream;
  for (const job of jobs) {
    let events: DomainEvent[];
    try {
      events = job.decider.decide(job.command, state);
    } catch (error) {
      job.reject(error);
      continue;
    }
    decided.push({ job, events, revisionBefore: revision });
    state = events.reduce(decider.evolve, state);
    if (events.length > 0) revision = (revision ?? -1n) + BigInt(events.length);
  }
  return decided;
}
