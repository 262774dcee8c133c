import type { ReadDatabase } from '#crm/read-store';
import type { Selectable } from 'kysely';

/** projection_checkpoint, declared with the public schema's tables in #crm/read-store. */
export type ProjectionCheckpointTable = ReadDatabase['projection_checkpoint'];

export type RunnerState = Selectable<ProjectionCheckpointTable>['state'];
