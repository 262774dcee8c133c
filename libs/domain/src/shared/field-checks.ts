/**
 * Field checks return what is wrong with a value, or null. They take `unknown` because commands
 * also arrive from imports and the CLI, where nothing has checked types before the decider.
 */
export const MAX_TEXT = 200;
export const MAX_LONG_TEXT = 10_000;

export function textProblem(value: unknown, max = MAX_TEXT): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'is required and must be non-empty text';
  if (value.length > max) return `must be at most ${max} characters`;
  return null;
}

/** Absent (undefined or null) is fine; present must pass `check`. */
export function optional(value: unknown, check: (present: unknown) => string | null): string | null {
  return value === undefined || value === null ? null : check(value);
}

export function oneOfProblem(value: unknown, allowed: readonly string[]): string | null {
  return typeof value === 'string' && allowed.includes(value) ? null : `must be one of: ${allowed.join(', ')}`;
}

export function integerProblem(value: unknown, range: { min?: number; max?: number } = {}): string | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'must be a whole number';
  if (range.min !== undefined && value < range.min) return `must be at least ${range.min}`;
  if (range.max !== undefined && value > range.max) return `must be at most ${range.max}`;
  return null;
}

export function positiveNumberProblem(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? null : 'must be a number greater than 0';
}

export function textListProblem(value: unknown, max = MAX_TEXT): string | null {
  if (!Array.isArray(value)) return 'must be a list of text';
  return value.some((item) => textProblem(item, max) !== null) ? `must hold only non-empty text of at most ${max} characters` : null;
}

/** Short opaque references chosen outside the CRM (order numbers, campaign codes, task ids). */
export function referenceProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:/#-]{0,99}$/.test(value)) {
    return 'must be a reference of 1 to 100 letters, digits or _ . : / # -, starting with a letter or digit';
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Aggregate ids (customers, staff, opportunities) are UUIDs, so stream names stay `<category>-<uuid>`. */
export function uuidProblem(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? null : 'must be a UUID';
}
