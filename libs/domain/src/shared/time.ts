/** How far in the future a caller's clock may be before we call its business time wrong. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

// An offset is required: a time without one means something different on every server.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export function instantProblem(value: unknown): string | null {
  const parts = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  if (!parts || Number.isNaN(Date.parse(value as string))) return 'must be an ISO 8601 date-time with an offset, such as 2025-01-31T09:30:00Z';
  // Date.parse rolls 2026-02-30 over to March 2nd instead of refusing it
  if (!onTheCalendar(parts.slice(1).map((part) => (part === undefined ? 0 : Number(part))))) return 'must be a date and time that exist (no February 30th, no 24:00)';
  return null;
}

function onTheCalendar([year, month, day, hour, minute, second, offsetHours, offsetMinutes]: number[]): boolean {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
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
