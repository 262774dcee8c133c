import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Command, Decider, DomainEvent } from '#crm/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#crm/event-store';
import { buildEventEnvelopes } from '../envelope/build-event-envelopes.js';
import { deterministicEventId } from '../envelope/deterministic-event-id.js';
import { EVENT_CODEC, type EventCodec } from '../envelope/event-codec.js';
import type { CommandResult, HandleOptions } from './command-result.js';
import { loadStream, type LoadedStream } from './load-stream.js';

/**
 * A writer only loses a race to an append it had not read, so among N writers racing on one
 * stream each loses at most N - 1 times: this many attempts land up to 10 simultaneous writers
 * on one customer; beyond that the caller hears of the conflict.
 */
export const MAX_ATTEMPTS = 10;

/**
 * Every write: read the stream, fold it, decide, append with the exact revision read. A writer
 * that lost a race re-reads and decides again (the rules may now say no), unless the caller
 * pinned a revision with If-Match: then the conflict is theirs to resolve.
 */
@Injectable()
export class CommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  async handle<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    command: C,
    options: HandleOptions = {},
  ): Promise<CommandResult> {
    const streamName = decider.streamName(command);
    for (let attempt = 1; ; attempt++) {
      const stream = await loadStream(this.store, this.codec, streamName);
      if (options.expectedRevision !== undefined && options.expectedRevision !== stream.revision) {
        throw new WrongExpectedRevisionError(streamName, options.expectedRevision, stream.revision ?? 'no_stream');
      }
      const state = stream.events.reduce((folded, event) => decider.evolve(folded, event as unknown as E), decider.initialState);
      const events = decider.decide(command, state);
      if (events.length === 0) return { streamName, revision: stream.revision, events: [] };
      try {
        return await this.append(streamName, stream, events, command, options);
      } catch (error) {
        const retryable = error instanceof WrongExpectedRevisionError && options.expectedRevision === undefined;
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async append(
    streamName: string,
    stream: LoadedStream,
    events: DomainEvent[],
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
    const appended = await this.store.appendToStream(streamName, envelopes, { expectedRevision: stream.revision ?? 'no_stream' });
    return {
      streamName,
      revision: appended.nextExpectedRevision,
      events: appended.events.map((event, index) => ({ eventId: event.id, type: envelopes[index].type, revision: event.revision, position: event.position })),
    };
  }
}
