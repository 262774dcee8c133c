import type { LogPosition } from '#crm/event-store';

export type HandleOptions = {
  /** The revision the caller last saw (If-Match): the command fails at once, unretried, if the stream moved on. */
  expectedRevision?: bigint;
  /** Seeds the event ids, so a retried request appends the same ids and the log recognises it. */
  idempotencyKey?: string;
  /** Ids chosen by the caller for the first events decided (an id other records refer to); they win over the seed. */
  eventIds?: readonly string[];
  /** The entry point, for events that carry no channel of their own (web, import, cli). */
  channel?: string;
  /** The API key's or person's display name, recorded beside the actor id. */
  actorName?: string;
};

export type AppendedEvent = { eventId: string; type: string; revision: bigint; position: LogPosition };

export type CommandResult = {
  streamName: string;
  /** The stream's revision after the command; null only if the stream still does not exist. */
  revision: bigint | null;
  /** Empty when the command changed nothing. */
  events: AppendedEvent[];
};
