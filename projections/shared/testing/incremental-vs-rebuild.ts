import type { RecordedEvent } from '#crm/event-store';
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

/** The events of `history` that the projection handles: the runner's subscription hands it only the types it asked for. */
function handledEvents(projection: Projection, history: HistoryStep[]) {
  const log = new TestLog();
  const handled = history.filter((step) => projection.eventTypes.includes(step.event.type));
  return { handled, events: handled.map((step) => log.record(step.event, step.recordedAt, undefined, step.eventId)) };
}

async function readTables(db: Kysely<ReadDatabase>, tables: ComparedTable[], schema: string): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await tableRows(db, schema, table.name, table.orderBy)] as const)));
}

async function rebuild(
  db: Kysely<ReadDatabase>,
  projection: Projection,
  tables: ComparedTable[],
  events: RecordedEvent[],
  sweep?: { run: Sweep; finalNow: Date },
) {
  const schema = `${projection.name}_rebuilt`;
  await freshSchema(db, projection, schema);
  await applyAsRebuild(db, projection, schema, events);
  if (sweep) await sweep.run(db, schema, sweep.finalNow);
  return readTables(db, tables, schema);
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
  const { handled, events } = handledEvents(projection, history);
  const incremental = `${projection.name}_incremental`;
  await freshSchema(db, projection, incremental);
  const sweepsAt = sweep ? handled.flatMap((step, index) => (step.sweepBefore && index > 0 ? [index] : [])) : [];
  const edges = [...new Set([0, ...cuts, ...sweepsAt, events.length])].sort((a, b) => a - b);
  for (let index = 1; index < edges.length; index++) {
    const start = edges[index - 1]!;
    if (sweep && sweepsAt.includes(start)) await sweep.run(db, incremental, handled[start]!.recordedAt);
    await applyInBatches(db, projection, incremental, events.slice(start, edges[index]));
  }
  if (sweep) await sweep.run(db, incremental, sweep.finalNow);
  return { incremental: await readTables(db, tables, incremental), rebuilt: await rebuild(db, projection, tables, events, sweep) };
}

/** The rebuild of buildTwice alone (no sweep), for a test that compares rebuilds with each other and would throw the live-like build away. */
export async function buildRebuilt(
  db: Kysely<ReadDatabase>,
  projection: Projection,
  tables: ComparedTable[],
  history: HistoryStep[],
): Promise<Record<string, unknown[]>> {
  return rebuild(db, projection, tables, handledEvents(projection, history).events);
}
