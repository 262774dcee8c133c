import { buildEventEnvelopes, passThroughCodec, type EnvelopedEvent } from '#crm/commands';
import type { Command, Decider, DomainEvent } from '#crm/domain';
import type { Prng } from './prng.js';

export const GENERATOR_ACTOR = { id: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69', role: 'operator' as const, name: 'Generated operator' };

/**
 * One stream as the generator writes it: decides each command with the domain's decider against the
 * stream's own state, and envelopes the events (revision, hash chain) exactly as the pipeline would.
 * A command the decider refuses is dropped: the generator wants realistic logs, not errors.
 */
export class StreamWriter<C extends Command, E extends DomainEvent, S> {
  state: S;
  private revision = 0n;
  private previousHash: string | null = null;

  constructor(
    readonly streamName: string,
    private readonly decider: Decider<C, E, S>,
    private readonly prng: Prng,
    private readonly correlationId: string,
  ) {
    this.state = decider.initialState;
  }

  get nextRevision(): bigint {
    return this.revision;
  }

  async write(command: C): Promise<EnvelopedEvent[]> {
    let events: E[];
    try {
      events = this.decider.decide(command, this.state);
    } catch {
      return [];
    }
    if (events.length === 0) return [];
    const envelopes = await buildEventEnvelopes(
      events,
      {
        streamName: this.streamName,
        firstRevision: this.revision,
        eventIds: events.map(() => this.prng.uuid()),
        previousHash: this.previousHash,
        now: command.metadata.now,
        actor: GENERATOR_ACTOR,
        correlationId: this.correlationId,
      },
      passThroughCodec,
    );
    for (const event of events) this.state = this.decider.evolve(this.state, event);
    this.revision += BigInt(envelopes.length);
    this.previousHash = envelopes[envelopes.length - 1].metadata.hash;
    return envelopes;
  }
}
