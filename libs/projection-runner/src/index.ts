export {
  defineProjection,
  eventTypeSet,
  type LiveTables,
  projectionSchema,
  rebuildSchema,
  type Projection,
  type ProjectionContext,
  type ProjectionDefinition,
  type Recorded,
  type TablesContext,
  type TypedProjection,
} from './projection.js';
export { ProjectionRegistry } from './projection-registry.js';
export type { EventDecoder, ProjectionDependencies } from './projection-dependencies.js';
export { ProjectionRunner, type BatchObserver, type ProjectionRunnerOptions, type RunnerProjectionState } from './projection-runner.js';
export type { WaitForOptions } from './checkpoint-waiter.js';
export { ProjectionRebuilder, type ProjectionRebuilderOptions, type RebuildAllOptions, type RebuildOptions, type RebuildResult } from './projection-rebuilder.js';
export type { RebuildProgress } from './rebuild-progress.js';
export {
  ProjectionStatusService,
  type ProjectionState,
  type ProjectionStatus,
  type ProjectionStatusOptions,
} from './projection-status.service.js';
export { ProjectionRunnerModule, type ProjectionRunnerModuleOptions, type ProjectionDatabaseSource } from './projection-runner.module.js';
export { PROJECTION_BATCH_OBSERVER, PROJECTION_DB } from './projection-runner.tokens.js';
export type { ProjectionLogger } from './projection-logger.js';
export { LockKind } from './advisory-lock.js';
export { applyAsRebuild, applyWithSteps } from './batch-steps.js';
export { describeHold, horizonHolds, type HorizonHold } from './visibility-horizon.js';
export {
  InvalidProjectionError,
  UnknownProjectionError,
  ProjectionFailedError,
  ProjectionWaitTimeoutError,
  RebuildInProgressError,
  type ProjectionFailure,
} from './projection-runner.errors.js';
