import { WrongExpectedRevisionError } from '@crm/event-store';
import type { PlannedCommand } from '../plan/planned-command.js';
import { decideStream, type DecidedStream, type StreamOutcome, type StreamWriteContext } from './decide-stream.js';
import { runConcurrently } from './run-concurrently.js';

// A writer outside the import (the app, another import) may append between our read and our append.
const MAX_ATTEMPTS = 3;

function byStream(commands: readonly PlannedCommand[]): Map<string, PlannedCommand[]> {
  const grouped = new Map<string, PlannedCommand[]>();
  for (const command of commands) {
    const list = grouped.get(command.streamName);
    if (list) list.push(command);
    else grouped.set(command.streamName, [command]);
  }
  return grouped;
}

/**
 * Decides a batch stream by stream (several at a time: reading a stream and encrypting wait on the
 * database) and appends every stream's events in one appendToStreams call. When a stream moved
 * since it was read, the whole batch is read and decided again: the views of its streams hold
 * decisions the log refused.
 */
export async function writeBatch(commands: readonly PlannedCommand[], context: StreamWriteContext, concurrency: number): Promise<StreamOutcome[]> {
  const streams = [...byStream(commands)];
  for (let attempt = 1; ; attempt++) {
    const decided: DecidedStream[] = new Array(streams.length);
    try {
      await runConcurrently([...streams.keys()], concurrency, async (index) => {
        const [streamName, streamCommands] = streams[index]!;
        decided[index] = await decideStream(streamName, streamCommands, context);
      });
      await context.store.appendToStreams(decided.flatMap(({ append }) => (append ? [append] : [])));
      return decided.map(({ outcome }) => outcome);
    } catch (error) {
      for (const [streamName] of streams) context.views.forget(streamName);
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
