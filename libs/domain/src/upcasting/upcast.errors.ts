/**
 * A stored event the running code cannot bring to the current schema. Not a request error: it
 * means the log holds data this version of the code does not understand, which must stop a replay.
 */
export class UpcastError extends Error {
  readonly code = 'UPCAST_FAILED';
  constructor(readonly eventType: string, readonly schemaVersion: number, readonly field: string | null, reason: string) {
    super(`cannot upcast ${eventType} v${schemaVersion}${field ? `: ${field} ${reason}` : `: ${reason}`}`);
    this.name = 'UpcastError';
  }
}
