import type { Kysely, Transaction } from 'kysely';
import type { RecordedEvent } from '#crm/event-store';
import type { Projection } from './projection.js';
import { transactionWithCopy, type ReadDatabase } from '#crm/read-store';

/**
 * `events` cut after each event of the projection's batchEndsAfter types, so that its steps run
 * before the next event; one piece (possibly empty) when nothing cuts it.
 */
export function piecesOf<T extends { type: string }>(projection: Projection, events: T[]): T[][] {
  const ends = projection.batchEndsAfter;
  if (!ends || ends.length === 0) return [events];
  const pieces: T[][] = [];
  let piece: T[] = [];
  for (const event of events) {
    piece.push(event);
    if (!ends.includes(event.type)) continue;
    pieces.push(piece);
    piece = [];
  }
  if (piece.length > 0 || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/** Whether the projection has steps to run after this piece (it ends with a batchEndsAfter event). */
export function leavesSteps(projection: Projection, piece: readonly { type: string }[]): boolean {
  const last = piece.at(-1);
  return Boolean(projection.nextStep && last && projection.batchEndsAfter?.includes(last.type));
}

/**
 * Runs the projection's nextStep until it is done, each step in a transaction `transaction` opens
 * (the runner's proves it still leads; a rebuild's need not wait for the disk); `done` writes in
 * the last one.
 */
export async function runSteps(
  projection: Projection,
  schema: string,
  transaction: (work: (trx: Transaction<ReadDatabase>) => Promise<void>) => Promise<void>,
  {
    stopped = () => false,
    done,
    rebuilding = false,
  }: { stopped?: () => boolean; done?: (trx: Transaction<ReadDatabase>) => Promise<void>; rebuilding?: boolean } = {},
): Promise<void> {
  const { nextStep } = projection;
  if (!nextStep) return;
  let more = true;
  while (more && !stopped()) {
    await transaction(async (trx) => {
      more = await nextStep.call(projection, trx, { schema, rebuilding });
      if (!more) await done?.(trx);
    });
  }
}

/** A batch as the runner commits it, without checkpoint or leadership: for tests that feed a projection by hand. */
export async function applyWithSteps(
  db: Kysely<ReadDatabase>,
  projection: Projection,
  schema: string,
  events: RecordedEvent[],
  rebuilding = false,
): Promise<void> {
  for (const piece of piecesOf(projection, events)) {
    // As a rebuild's replay, with COPY where the projection uses it.
    if (piece.length > 0)
      await transactionWithCopy(db, (trx, copyIn) => projection.applyBatch(trx, piece, { schema, rebuilding, copyIn: rebuilding ? copyIn : undefined }));
    await runSteps(projection, schema, (work) => db.transaction().execute(work), { rebuilding });
  }
}

/** `events` applied as a rebuild applies them, then its completeRebuild: for tests that compare a rebuild with live batches. */
export async function applyAsRebuild(db: Kysely<ReadDatabase>, projection: Projection, schema: string, events: RecordedEvent[]): Promise<void> {
  await applyWithSteps(db, projection, schema, events, true);
  const { completeRebuild } = projection;
  if (completeRebuild) await db.transaction().execute((trx) => completeRebuild.call(projection, trx, { schema }));
}
