import type { ColumnType, Generated, Kysely } from 'kysely';

/** int8 columns come back from pg as strings; bigints go in. */
type Int8 = ColumnType<string, bigint | number | string, bigint | number | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type RunnerState = 'catching-up' | 'live' | 'failed' | 'stopped';

export interface ProjectionCheckpointTable {
  name: string;
  schema_name: string;
  version: number;
  generation: Generated<number>;
  commit_position: Int8;
  prepare_position: Int8;
  state: RunnerState;
  last_error: string | null;
  failed_position: string | null;
  failed_event_id: string | null;
  failed_event_type: string | null;
  events_applied: Int8;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_event_recorded_at: Timestamp | null;
  rebuild_started_at: Timestamp | null;
  rebuild_events_done: Int8 | null;
  rebuild_events_total: Int8 | null;
}

export interface ProjectionRunnerTables {
  projection_checkpoint: ProjectionCheckpointTable;
}

export type ProjectionRunnerDb = Kysely<ProjectionRunnerTables>;
