import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Command, Decider, DomainEvent } from '@crm/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@crm/event-store';
import { buildEventEnvelopes } from '../envelope/build-event-envelopes.js';
import { deterministicEventId } from '../envelope/deterministic-event-id.js';
import { EVENT_CODEC, type EventCodec } from '../envelope/event-codec.js';
import { keyedWrites } from '../idempotency/keyed-write.js';
import type { CommandResult, HandleOptions } from './command-result.js';
import { FoldedStreams, type FoldedStream } from './folded-streams.js';
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

export const PIPELINE_OPTIONS = Symbol('PipelineOptions');
export type PipelineOptions = {
  /** How many streams' folded states are kept (default 1,000; 0 turns the cache off). */
  cachedStreams?: number;
};

/**
 * Every write: fold the stream (from the cache plus what was appended since), decide, append with
 * the exact revision folded. A writer that lost a race re-reads and decides again (the rules may
 * now say no), unless the caller pinned a revision with If-Match: then the conflict is theirs.
 */
@Injectable()
export class CommandPipeline {
  private readonly queue = new StreamQueue();
  private readonly folded: FoldedStreams;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    @Optional() @Inject(PIPELINE_OPTIONS) options: PipelineOptions = {},
  ) {
    this.folded = new FoldedStreams(options.cachedStreams ?? 1_000);
  }

  handle<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, command: C, options: HandleOptions = {}): Promise<CommandResult> {
    const streamName = decider.streamName(command);
    const keyed = keyedWrites.getStore();
    // A request that already holds its stream's turn (and transaction) must not queue behind itself.
    if (keyed?.holdsTransaction) return this.attempts(decider, command, options, streamName);
    return this.queue.run(streamName, async (hold) => {
      const result = await this.attempts(decider, command, options, streamName);
      if (keyed?.holdsTransaction) hold(keyed.settled);
      return result;
    });
  }

  private async attempts<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    command: C,
    options: HandleOptions,
    streamName: string,
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const stream = await this.fold(decider, streamName);
      if (options.expectedRevision !== undefined && options.expectedRevision !== stream.revision) {
        throw new WrongExpectedRevisionError(streamName, options.expectedRevision, stream.revision ?? 'no_stream');
      }
      const events = decider.decide(command, stream.state);
      if (events.length === 0) return { streamName, revision: stream.revision, events: [] };
      try {
        return await this.append(decider, streamName, stream, events, command, options);
      } catch (error) {
        const retryable = error instanceof WrongExpectedRevisionError && options.expectedRevision === undefined;
        if (error instanceof WrongExpectedRevisionError) this.forgetIfBehind(streamName, stream, error);
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
      }
    }
  }

  /** The cached fold carried forward by the events appended since, or the whole stream. */
  private async fold<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamName: string): Promise<FoldedStream<S>> {
    const cached = this.folded.get<S>(streamName, decider.evolve);
    let { state, revision, lastHash } = cached ?? { state: decider.initialState, revision: null, lastHash: null };
    const fromRevision = revision === null ? undefined : revision + 1n;
    for await (const event of readCurrentEvents(this.store, this.codec, streamName, { fromRevision })) {
      state = decider.evolve(state, event as unknown as E);
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

  private async append<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamName: string,
    stream: FoldedStream<S>,
    events: E[],
    { metadata }: Command,
    options: HandleOptions,
  ): Promise<CommandResult> {
    const firstRevision = (stream.revision ?? -1n) + 1n;
    const eventIds = events.map(
      (_, index) =>
        options.eventIds?.[index] ??
        (options.idempotencyKey === undefined ? randomUUID() : deterministicEventId(options.idempotencyKey, streamName, index)),
    );
    const envelopes = await buildEventEnvelopes(
      events,
      {
        streamName,
        firstRevision,
        eventIds,
        previousHash: stream.lastHash,
        now: metadata.now,
        actor: options.actorName === undefined ? metadata.actor : { ...metadata.actor, name: options.actorName },
        channel: options.channel,
        correlationId: metadata.correlationId ?? randomUUID(),
        causationId: metadata.causationId,
      },
      this.codec,
    );
    const expectedRevision = stream.revision ?? 'no_stream';
    const keyed = keyedWrites.getStore();
    const appended = keyed
      ? await keyed.appendToStream(streamName, envelopes, expectedRevision)
      : await this.store.appendToStream(streamName, envelopes, { expectedRevision });
    // The decided events fold as the stored ones would (batchDecider relies on the same). Not when
    // a keyed write is still to commit, nor when the log answered an earlier append of the same ids.
    const lastRevision = firstRevision + BigInt(events.length - 1);
    if (!keyed?.holdsTransaction && appended.nextExpectedRevision === lastRevision) {
      this.folded.set(streamName, decider.evolve, {
        state: events.reduce(decider.evolve, stream.state),
        revision: appended.nextExpectedRevision,
        lastHash: envelopes.at(-1)!.metadata.hash,
      });
    }
    return {
      streamName,
      revision: appended.nextExpectedRevision,
      events: appended.events.map((event, index) => ({ eventId: event.id, type: envelopes[index].type, revision: event.revision, position: event.position })),
    };
  }
}
