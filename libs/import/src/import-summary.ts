import type { ImportKind } from './mapping/import-kind.js';

export type BadRow = { line: number; reason: string };

export type ImportProgress = { rowsRead: number; eventsAppended: number; bytesRead: number; bytesTotal: number };

export type ImportSummary = {
  /** The correlation id of every event this run appended. */
  importId: string;
  file: string;
  kind: ImportKind;
  source: string;
  rowsRead: number;
  eventsAppended: number;
  /** Touches, deals... whose events the log already held (an earlier run); restated registrations aside. */
  alreadyImported: number;
  /** Rows left out on purpose, by the mapping's reason (guest purchases, deals without an account). */
  skipped: Record<string, number>;
  /** Rows that could not be used, by line (the header is line 1), in file order. */
  badRows: BadRow[];
  badRowsByReason: Record<string, number>;
  durationMs: number;
};

export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}
