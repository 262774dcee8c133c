import { sql, type Kysely, type Selectable } from 'kysely';
import type { LogPosition, RecordedEvent } from '#crm/event-store';
import type { ProjectionFailure } from '../projection-runner.errors.js';
import type { ProjectionCheckpointTable, RunnerState } from './checkpoint.table.js';
import type { ReadDatabase } from '#crm/read-store';


export interface RebuildRecord {
  startedAt: Date;
  eventsDone: number;
  eventsTotal: number;
}

/** One projection's row of projection_checkpoint, in the code's types. */
export interface CheckpointRecord {
  name: string;
  schemaName: string;
  version: number;
  generation: number;
  position: LogPosition;
  state: RunnerState;
  failure: ProjectionFailure | null;
  eventsApplied: number;
  updatedAt: Date;
  lastEventRecordedAt: Date | null;
  rebuild: RebuildRecord | null;
  /** The batch at the checkpoint left steps still to run: its effects are not all written yet. */
  stepsPending: boolean;
}

function toRecord(row: Selectable<ProjectionCheckpointTable>): CheckpointRecord {
  return {
    name: row.name,
    schemaName: row.schema_name,
    version: row.version,
    generation: row.generation,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    state: row.state,
    failure:
      row.state === 'failed'
        ? {
            position: row.failed_position ?? '',
            eventId: row.failed_event_id ?? '',
            eventType: row.failed_event_type ?? '',
            message: row.last_error ?? '',
          }
        : null,
    eventsApplied: Number(row.events_applied),
    updatedAt: row.updated_at,
    lastEventRecordedAt: row.last_event_recorded_at,
    rebuild: row.rebuild_started_at
      ? {
          startedAt: row.rebuild_started_at,
          eventsDone: Number(row.rebuild_events_done ?? 0),
          eventsTotal: Number(row.rebuild_events_total ?? 0),
        }
      : null,
    stepsPending: row.steps_pending,
  };
}

export async function findCheckpoint(db: Kysely<ReadDatabase>, name: string): Promise<CheckpointRecord | undefined> {
  const row = await db.selectFrom('projection_checkpoint').selectAll().where('name', '=', name).executeTakeFirst();
  return row && toRecord(row);
}

export async function findAllCheckpoints(db: Kysely<ReadDatabase>): Promise<CheckpointRecord[]> {
  const rows = await db.selectFrom('projection_checkpoint').selectAll().orderBy('name').execute();
  return rows.map(toRecord);
}

/** Locks the row until the transaction ends: runner batches and rebuild swaps queue up on it. */
export async function lockCheckpoint(trx: Kysely<ReadDatabase>, name: string): Promise<CheckpointRecord | undefined> {
  const row = await trx.selectFrom('projection_checkpoint').selectAll().where('name', '=', name).forUpdate().executeTakeFirst();
  return row && toRecord(row);
}

export async function insertCheckpoint(db: Kysely<ReadDatabase>, row: { name: string; schemaName: string; version: number }): Promise<void> {
  await db
    .insertInto('projection_checkpoint')
    .values({
      name: row.name,
      schema_name: row.schemaName,
      version: row.version,
      commit_position: -1n,
      prepare_position: -1n,
      state: 'stopped',
      events_applied: 0,
    })
    .execute();
}

/** The checkpoint moves with the effects of `events`, in the caller's transaction. */
export async function recordBatch(trx: Kysely<ReadDatabase>, name: string, events: RecordedEvent[], state: RunnerState): Promise<void> {
  const last = events.at(-1);
  await trx
    .updateTable('projection_checkpoint')
    .set({
      state,
      updated_at: sql`now()`,
      ...(last && {
        commit_position: last.position.commit,
        prepare_position: last.position.prepare,
        events_applied: sql<string>`events_applied + ${events.length}`,
        last_event_recorded_at: last.recordedAt,
      }),
    })
    .where('name', '=', name)
    .execute();
}

/** A runner taking a projection over starts by clearing the failure it is about to retry. */
export async function recordCatchingUp(db: Kysely<ReadDatabase>, name: string): Promise<void> {
  await db
    .updateTable('projection_checkpoint')
    .set({
      state: 'catching-up',
      updated_at: sql`now()`,
      last_error: null,
      failed_position: null,
      failed_event_id: null,
      failed_event_type: null,
    })
    .where('name', '=', name)
    .execute();
}

export async function recordFailure(trx: Kysely<ReadDatabase>, name: string, failure: ProjectionFailure): Promise<void> {
  await trx
    .updateTable('projection_checkpoint')
    .set({
      state: 'failed',
      updated_at: sql`now()`,
      last_error: failure.message,
      failed_position: failure.position,
      failed_event_id: failure.eventId,
      failed_event_type: failure.eventType,
    })
    .where('name', '=', name)
    .execute();
}

/** A graceful stop leaves a failure visible: only the runner's retry clears it. */
export async function recordStopped(db: Kysely<ReadDatabase>, name: string): Promise<void> {
  await db
    .updateTable('projection_checkpoint')
    .set({ state: 'stopped', updated_at: sql`now()` })
    .where('name', '=', name)
    .where('state', '<>', 'failed')
    .execute();
}

export async function recordRebuildProgress(db: Kysely<ReadDatabase>, name: string, progress: RebuildRecord | null): Promise<void> {
  await db
    .updateTable('projection_checkpoint')
    .set({
      rebuild_started_at: progress?.startedAt ?? null,
      rebuild_events_done: progress?.eventsDone ?? null,
      rebuild_events_total: progress?.eventsTotal ?? null,
    })
    .where('name', '=', name)
    .execute();
}

/** After a swap the row describes the rebuilt tables; a new generation tells the live runner to start over. */
export async function recordSwap(
  trx: Kysely<ReadDatabase>,
  name: string,
  swap: { version: number; position: LogPosition; eventsApplied: number; lastEventRecordedAt: Date | null; failed: boolean },
): Promise<void> {
  await trx
    .updateTable('projection_checkpoint')
    .set((eb) => ({
      version: swap.version,
      generation: eb('generation', '+', 1),
      commit_position: swap.position.commit,
      prepare_position: swap.position.prepare,
      events_applied: swap.eventsApplied,
      last_event_recorded_at: swap.lastEventRecordedAt,
      updated_at: sql`now()`,
      rebuild_started_at: null,
      rebuild_events_done: null,
      rebuild_events_total: null,
      // A rebuild runs every step before it swaps.
      steps_pending: false,
      // The rebuilt tables got past the event the old ones failed on.
      ...(swap.failed && {
        state: 'catching-up' as const,
        last_error: null,
        failed_position: null,
        failed_event_id: null,
        failed_event_type: null,
      }),
    }))
    .where('name', '=', name)
    .execute();
}

/** Set by the batch that leaves steps to run, cleared by the last step. */
export async function recordStepsPending(trx: Kysely<ReadDatabase>, name: string, pending: boolean): Promise<void> {
  await trx.updateTable('projection_checkpoint').set({ steps_pending: pending }).where('name', '=', name).execute();
}
