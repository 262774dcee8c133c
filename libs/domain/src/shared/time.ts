/** How far in the future a caller's clock may be before we call its business time wrong. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

// An offset is required: a time without one means something different on every server.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function instantProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    return 'must be an ISO 8601 date-time with an offset, such as 2025-01-31T09:30:00Z';
  }
  return null;
}

/** Business time may lie in the past (imports back-fill history), not beyond the clock skew ahead of now. */
export function occurredAtProblem(value: unknown, now: Date): string | null {
  if (value === undefined) return null;
  const problem = instantProblem(value);
  if (problem) return problem;
  return Date.parse(value as string) - now.getTime() > CLOCK_SKEW_MS
    ? `must not be more than ${CLOCK_SKEW_MS / 60_000} minutes in the future`
    : null;
}

/** Events store instants in one form (UTC, milliseconds), so they compare as strings. */
export function toInstant(value: string): string {
  return new Date(value).toISOString();
}

export function occurredAtOrNow(value: string | undefined, now: Date): string {
  return value === undefined ? now.toISOString() : toInstant(value);
}
