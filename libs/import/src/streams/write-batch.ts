import { WrongExpectedRevisionError } from '#crm/event-store';
import type { PlannedCommand } from '../plan/planned-command.js';
import { decideStream, type DecidedStream, type RefusedAppend, type StreamOutcome, type StreamWriteContext } from './decide-stream.js';
import { runConcurrently } from './run-concurrently.js';

// A writer outside the import (the app, another import) may append between our read and our append.
const MAX_ATTEMPTS = 3;

type Streams = [streamName: string, commands: PlannedCommand[]][];

function byStream(commands: readonly PlannedCommand[]): Streams {
  const grouped = new Map<string, PlannedCommand[]>();
  for (const command of commands) {
    const list = grouped.get(command.streamName);
    if (list) list.push(command);
    else grouped.set(command.streamName, [command]);
  }
  return [...grouped];
}

/** Several streams at a time: reading a stream and encrypting wait on the database. */
async function decideBatch(streams: Streams, context: StreamWriteContext, concurrency: number, refused?: RefusedAppend): Promise<DecidedStream[]> {
  const decided: DecidedStream[] = new Array(streams.length);
  await runConcurrently([...streams.keys()], concurrency, async (index) => {
    const [streamName, commands] = streams[index]!;
    decided[index] = await decideStream(streamName, commands, context, refused);
  });
  return decided;
}

const appendsOf = (decided: readonly DecidedStream[]) => decided.flatMap(({ append }) => (append ? [append] : []));
const idsOf = (decided: readonly DecidedStream[]): RefusedAppend => new Set(appendsOf(decided).flatMap(({ events }) => events.map(({ id }) => id)));

function forget(streams: Streams, context: StreamWriteContext): void {
  for (const [streamName] of streams) context.views.forget(streamName);
}

/**
 * Decides and appends a batch, waiting for it. When a stream moved since it was read, the whole
 * batch is read and decided again: the views of its streams hold decisions the log refused.
 * `refused` holds the ids of the refused append that brought the batch here; of those, the ones
 * found in the log count as appended by this import, not as found.
 */
async function writeNow(streams: Streams, context: StreamWriteContext, concurrency: number, refused: RefusedAppend): Promise<StreamOutcome[]> {
  let sent = refused;
  for (let attempt = 1; ; attempt++) {
    let decided: DecidedStream[] = [];
    try {
      decided = await decideBatch(streams, context, concurrency, sent);
      await context.store.appendToStreams(appendsOf(decided));
      return decided.map(({ outcome }) => outcome);
    } catch (error) {
      forget(streams, context);
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      sent = new Set([...sent, ...idsOf(decided)]);
    }
  }
}

type InFlight = { streams: Streams; decided: DecidedStream[]; appended: Promise<unknown> };

/**
 * Writes batches one after another, each batch's appendToStreams call running while the next one
 * is decided: the import's own work and the database's overlap. A batch is decided on views that
 * assume the batch before it lands; when it does not, its streams are forgotten and written again,
 * and the batch decided meanwhile is decided again too, since some of its decisions may rest on
 * events the log refused. Outcomes are reported once their batch is committed.
 */
export class BatchWriter {
  private inFlight: InFlight | null = null;

  constructor(
    private readonly context: StreamWriteContext,
    private readonly concurrency: number,
    private readonly onWritten: (outcomes: StreamOutcome[]) => void,
  ) {}

  async write(commands: readonly PlannedCommand[]): Promise<void> {
    const streams = byStream(commands);
    this.context.views.nextBatch();
    let decided = await decideBatch(streams, this.context, this.concurrency);
    if (!(await this.settle())) {
      forget(streams, this.context);
      decided = await decideBatch(streams, this.context, this.concurrency);
    }
    const appended = this.context.store.appendToStreams(appendsOf(decided));
    // its failure is handled by the next settle(), not reported as unhandled before it
    appended.catch(() => undefined);
    this.inFlight = { streams, decided, appended };
  }

  /** Waits for the batch in flight. */
  async finish(): Promise<void> {
    await this.settle();
  }

  /** False when the batch in flight had to be written again. */
  private async settle(): Promise<boolean> {
    const inFlight = this.inFlight;
    this.inFlight = null;
    if (!inFlight) return true;
    try {
      await inFlight.appended;
      this.onWritten(inFlight.decided.map(({ outcome }) => outcome));
      return true;
    } catch (error) {
      forget(inFlight.streams, this.context);
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      this.onWritten(await writeNow(inFlight.streams, this.context, this.concurrency, idsOf(inFlight.decided)));
      return false;
    }
  }
}
