import { WrongExpectedRevisionError, type EventStore } from '#crm/event-store';
import type { EventCodec } from '../envelope/event-codec.js';
import { readCurrentEvents, type CurrentEvent } from './upcast-recorded-event.js';

export type LoadedStream = {
  events: CurrentEvent[];
  /** The revision of the last event, or null when the stream does not exist. */
  revision: bigint | null;
  /** The hash the next event links to. */
  lastHash: string | null;
};

export async function loadStream(store: EventStore, codec: EventCodec, streamName: string): Promise<LoadedStream> {
  const events: CurrentEvent[] = [];
  for await (const event of readCurrentEvents(store, codec, streamName)) events.push(event);
  const last = events.at(-1);
  const lastHash = last?.metadata.hash;
  return { events, revision: last?.revision ?? null, lastHash: typeof lastHash === 'string' ? lastHash : null };
}

/** If-Match: the revision a request names must be the stream's as read from the log. */
export function checkExpectedRevision(streamName: string, expected: bigint | undefined, revision: bigint | null): void {
  if (expected !== undefined && expected !== revision) throw new WrongExpectedRevisionError(streamName, expected, revision ?? 'no_stream');
}
