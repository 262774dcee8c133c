import type { LogPosition, RecordedEvent } from '#crm/event-store';
import type { Projection } from './projection.js';
import type { RebuildProgress } from './rebuild-progress.js';

/** One projection's rebuild: where it has got to in its `__next` schema. */
export interface Replay {
  projection: Projection;
  handles: ReadonlySet<string>;
  schema: string;
  position: LogPosition;
  eventsDone: number;
  lastEventRecordedAt: Date | null;
  startedAt: Date;
  /** The estimate taken when the rebuild started. */
  eventsTotal: number;
  /** Events applied by when its tables are next analyzed (see ProjectionRebuilder.applyPage). */
  analyzeAfter: number;
  /** Time spent in this projection's own transactions, apart from reading the log and waiting for the others. */
  applyMs: number;
  /** Set when the projection threw on an event: the others go on without it. */
  failure: Error | null;
  swapped: boolean;
  /** Set once the projection's completeRebuild has run: later events (the swap's tail) apply as live ones do. */
  completed: boolean;
  onProgress: ((progress: RebuildProgress) => void) | undefined;
}

export function advance(replay: Replay, events: RecordedEvent[]): void {
  const last = events.at(-1)!;
  replay.position = last.position;
  replay.eventsDone += events.length;
  replay.lastEventRecordedAt = last.recordedAt;
}
