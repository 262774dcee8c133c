import type { Command, Decider, DomainEvent } from './decider.js';

/**
 * Several commands on one stream decided as one: each sees the state the previous ones left, and
 * the events of all are appended together or not at all (a PATCH changing details and
 * attributes, a web lead that registers its customer). The stream is the first command's.
 */
export function batchDecider<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>): Decider<Batch<C>, E, S> {
  return {
    streamName: (batch) => decider.streamName(batch.data.commands[0]),
    decide: (batch, state) => {
      const decided: E[] = [];
      let current = state;
      for (const command of batch.data.commands) {
        const events = decider.decide(command, current);
        current = events.reduce(decider.evolve, current);
        decided.push(...events);
      }
      return decided;
    },
    evolve: decider.evolve,
    initialState: decider.initialState,
  };
}

export type Batch<C extends Command> = Command<'Batch', { commands: readonly [C, ...C[]] }>;

/** The batch of `commands`, carrying the first command's metadata (time, actor, correlation). */
export function batchOf<C extends Command>(commands: readonly [C, ...C[]]): Batch<C> {
  return { type: 'Batch', data: { commands }, metadata: commands[0].metadata };
}
