import type { Command } from '#crm/domain';
import type { StreamView } from '../streams/stream-view.js';

export type Aggregate = 'customer' | 'staff' | 'opportunity';

/**
 * One command a record of the file asks for, not yet decided: it is built against the stream's
 * state when its turn comes (register a customer only if unknown; cancel the order that matches).
 */
export interface PlannedCommand {
  aggregate: Aggregate;
  streamName: string;
  /** The natural key of the fact it records ("touch:536365"): its events' ids derive from it. */
  seed: string;
  /** A fact rows restate or that rides along another (a registration, a manager): not counted when found again. */
  restated?: boolean;
  /** Skipped when the log already holds this fact: the command only makes sense beside it. */
  unless?: string;
  /** The file lines it comes from, reported if the domain refuses it. */
  lines: readonly number[];
  /** The command for the stream as it stands, or null when there is nothing to do. */
  build(view: StreamView): Command | null;
}

/** Where a planner reports rows it cannot use: bad ones with their line, deliberate skips by reason. */
export interface PlanReport {
  bad(line: number, reason: string): void;
  skip(reason: string, rows: number): void;
}
