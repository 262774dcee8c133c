import { applyAsRebuild, type Projection } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import { applyInBatches, freshSchema, tableRows } from './projection-harness.js';
import type { HistoryStep } from './customer-history.arbitrary.js';
import { TestLog } from './test-log.js';
import type { ReadDatabase } from '#crm/read-store';

export interface ComparedTable {
  name: string;
  orderBy: string[];
}

/** Writes lapses due at `now` into `schema` (the lifecycle's sweep), for projections that have one. */
export type Sweep = (db: Kysely<ReadDatabase>, schema: string, now: Date) => Promise<unknown>;

export interface Builds {
  incremental: Record<string, unknown[]>;
  rebuilt: Record<string, unknown[]>;
}

/**
 * Builds the projection twice from the same history: live-like (batches cut at `cuts`, and sweeps
 * where the history says one ran) and as a rebuild (one pass and its completeRebuild, then one sweep
 * at the end); returns both sets of tables.
 */
export async function buildTwice(
  db: Kysely<ReadDatabase>,
  projection: Projection,
  tables: ComparedTable[],
  history: HistoryStep[],
  cuts: number[],
  sweep?: { run: Sweep; finalNow: Date },
): Promise<Builds> {
  const log = new TestLog();
  // The runner's subscription hands a projection only the types it asked for.
  const handled = history.filter((step) => projection.eventTypes.includes(step.event.type));
  const events = handled.map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId));
  const incremental = `${projection.name}_incremental`;
  const rebuilt = `${projection.name}_rebuilt`;
  await freshSchema(db, projection, incremental);
  await freshSchema(db, projection, rebuilt);

  const sweepsAt = sweep ? handled.flatMap((step, index) => (step.sweepBefore && index > 0 ? [index] : [])) : [];
  const edges = [...new Set([0, ...cuts, ...sweepsAt, events.length])].sort((a, b) => a - b);
  for (let index = 1; index < edges.length; index++) {
    const start = edges[index - 1]!;
    if (sweep && sweepsAt.includes(start)) await sweep.run(db, incremental, handled[start]!.recordedAt);
    await applyInBatches(db, projection, incremental, events.slice(start, edges[index]));
  }
  await applyAsRebuild(db, projection, rebuilt, events);
  if (sweep) {
    await sweep.run(db, incremental, sweep.finalNow);
    await sweep.run(db, rebuilt, sweep.finalNow);
  }

  const read = async (schema: string) =>
    Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await tableRows(db, schema, table.name, table.orderBy)] as const)));
  return { incremental: await read(incremental), rebuilt: await read(rebuilt) };
}
