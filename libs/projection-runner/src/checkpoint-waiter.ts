import type { Kysely } from 'kysely';
import { comparePositions, formatPosition, type EventStore, type LogPosition } from '#crm/event-store';
import { findCheckpoint } from './checkpoint/checkpoint.queries.js';
import type { Projection } from './projection.js';
import { ProjectionFailedError, ProjectionWaitTimeoutError } from './projection-runner.errors.js';
import type { ReadDatabase } from '#crm/read-store';

/**
 * True once every event of the projection's types up to `target` is applied: the checkpoint
 * passed it, or nothing the projection handles lies after the checkpoint although `target` is
 * already readable (a target of another type never becomes the checkpoint itself).
 * Rejects when the projection has failed.
 */
export async function hasReached(store: EventStore, db: Kysely<ReadDatabase>, projection: Projection, target: LogPosition): Promise<boolean> {
  const row = await findCheckpoint(db, projection.name);
  if (!row) return false;
  // The steps' writes are the batch's effects too: a new segment's members, say.
  if (row.stepsPending) return false;
  if (comparePositions(row.position, target) >= 0) return true;
  if (row.failure) throw new ProjectionFailedError(projection.name, row.failure);
  // Head first: an event at or before a readable head is readable itself when we count.
  const head = await store.headPosition();
  if (!head || comparePositions(head, target) < 0) return false;
  return (await store.countAfter({ after: row.position, filter: { eventTypes: projection.eventTypes }, limit: 1 })) === 0;
}

export interface WaitForOptions {
  /** Default 30 s. */
  timeoutMs?: number;
}

/**
 * Waits for hasReached, checking again on every local checkpoint commit (`subscribe`) and every
 * `pollMs`, for a checkpoint another process moves or a target the projection does not handle.
 */
export function waitForCheckpoint(
  check: () => Promise<boolean>,
  subscribe: (listener: () => void) => () => void,
  context: { projection: string; target: LogPosition; pollMs: number; timeoutMs: number; describeCheckpoint: () => Promise<string> },
): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let running = false;
    let again = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      clearInterval(poll);
      clearTimeout(timeout);
      if (error) reject(error);
      else resolve();
    };
    const attempt = async (): Promise<void> => {
      if (settled) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          if (await check()) return finish();
        } while (again && !settled);
      } catch (error) {
        finish(error);
      } finally {
        running = false;
      }
    };
    const unsubscribe = subscribe(() => void attempt());
    const poll = setInterval(() => void attempt(), context.pollMs);
    const timeout = setTimeout(() => {
      void context
        .describeCheckpoint()
        .catch(() => 'unknown')
        .then((checkpoint) =>
          finish(new ProjectionWaitTimeoutError(context.projection, formatPosition(context.target), checkpoint, context.timeoutMs)),
        );
    }, context.timeoutMs);
    void attempt();
  });
}
