/** Events are plain facts; the pipeline adds ids, schema version and metadata when it appends. */
export type DomainEvent<Type extends string = string, Data extends object = object> = {
  readonly type: Type;
  readonly data: Data;
};

export const actorRoles = ['operator', 'analyst', 'compliance', 'admin', 'system'] as const;
export type ActorRole = (typeof actorRoles)[number];

/** Time and the actor enter here, so deciders stay pure and replayable. */
export type CommandMetadata = {
  now: Date;
  actor: { id: string; role: ActorRole };
  correlationId?: string;
  causationId?: string;
};

export type Command<Type extends string = string, Data extends object = object> = {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
};

/**
 * Everything one generic pipeline needs: which stream a command targets, how to fold that stream
 * into state, and what the command decides. `decide` returns [] when the command changes nothing.
 */
export type Decider<C extends Command, E extends DomainEvent, S> = {
  streamName(command: C): string;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState: S;
};

/**
 * A decider with its command and event types forgotten, for code that routes commands by stream
 * (the command pipeline, the import): a caller hands it only commands of that decider's stream.
 */
export type AnyDecider = Decider<Command, DomainEvent, unknown>;

export const anyDecider = <C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>): AnyDecider => decider as unknown as AnyDecider;
