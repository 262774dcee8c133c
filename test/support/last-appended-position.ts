import { sql, type Kysely } from 'kysely';
import type { LogPosition } from '#crm/event-store';

/**
 * The position of the newest event written to the PostgreSQL log, read past the xmin rule.
 * `headPosition()` is not a wait target for tests: it trails while any transaction anywhere on the
 * shared server is open (other test files' included), so waiting for it may return before this
 * test's own appends are projected.
 */
export async function lastAppendedPosition(db: Kysely<any>): Promise<LogPosition | null> {
  const { rows } = await sql<{ commit: string; prepare: string }>`
    select transaction_id::text as commit, position::text as prepare
    from events order by transaction_id desc, position desc limit 1`.execute(db);
  return rows[0] ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : null;
}

/** Waits until every given projection has applied everything appended so far. */
export async function projectionsCaughtUp(
  runner: { waitFor(name: string, position: LogPosition): Promise<void> },
  db: Kysely<any>,
  projections: { name: string }[],
): Promise<void> {
  const last = await lastAppendedPosition(db);
  if (last) await Promise.all(projections.map((projection) => runner.waitFor(projection.name, last)));
}
