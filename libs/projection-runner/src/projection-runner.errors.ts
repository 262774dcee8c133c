/** A projection definition the registry refuses: names the projection, the field and why. */
export class InvalidProjectionError extends Error {
  readonly code = 'INVALID_PROJECTION';
  constructor(readonly projection: string, readonly field: string, readonly reason: string) {
    super(`projection "${projection}": ${field} ${reason}`);
  }
}

export class UnknownProjectionError extends Error {
  readonly code = 'UNKNOWN_PROJECTION';
  constructor(readonly projection: string, known: string[]) {
    super(`unknown projection "${projection}" (known: ${known.join(', ') || 'none'})`);
  }
}

/** Where a projection stopped: the event its applyBatch threw on. */
export interface ProjectionFailure {
  position: string;
  eventId: string;
  eventType: string;
  message: string;
}

export class ProjectionFailedError extends Error {
  readonly code = 'PROJECTION_FAILED';
  constructor(readonly projection: string, readonly failure: ProjectionFailure) {
    super(
      `projection ${projection} failed at event ${failure.eventId} (${failure.eventType}, position ${failure.position}): ${failure.message}`,
    );
  }
}

export class ProjectionWaitTimeoutError extends Error {
  readonly code = 'PROJECTION_WAIT_TIMEOUT';
  constructor(readonly projection: string, readonly target: string, readonly checkpoint: string, timeoutMs: number) {
    super(`projection ${projection} did not reach position ${target} within ${timeoutMs} ms (checkpoint ${checkpoint})`);
  }
}

export class RebuildInProgressError extends Error {
  readonly code = 'REBUILD_IN_PROGRESS';
  constructor(readonly projection: string) {
    super(`projection ${projection} is already being rebuilt by another process`);
  }
}

/** applyBatch threw: the only error that makes the runner look for a poison event. */
export class ApplyBatchError extends Error {
  constructor(readonly projection: string, override readonly cause: unknown) {
    super(`projection ${projection}: applyBatch failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** The checkpoint row moved under us (a rebuild swapped, or another runner applied): start over from it. */
export class CheckpointMovedError extends Error {
  constructor(readonly projection: string) {
    super(`projection ${projection}: checkpoint moved by another writer`);
  }
}

/** This runner's advisory lock is gone (its lock connection dropped): it must stop writing. */
export class LeadershipLostError extends Error {
  constructor(readonly projection: string) {
    super(`projection ${projection}: this runner no longer holds the projection lock`);
  }
}
