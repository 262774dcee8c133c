import type { AppendResult, EventStore, StreamAppend } from './event-store.port.js';

/** appendToStreams as appendToStream calls in order: for a backend, or a case, one transaction cannot hold. */
export async function appendOneByOne(store: Pick<EventStore, 'appendToStream'>, appends: readonly StreamAppend[]): Promise<AppendResult[]> {
  const results: AppendResult[] = [];
  for (const { streamName, events, expectedRevision } of appends) results.push(await store.appendToStream(streamName, events, { expectedRevision }));
  return results;
}
