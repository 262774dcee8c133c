import { ValidationError, type FieldError } from './errors.js';

/** A field name and what is wrong with it, or null when it is fine. */
export type Check = readonly [field: string, problem: string | null];

/** Reports every bad field at once, so a caller can fix a form in one round trip. */
export function assertValid(checks: readonly Check[]): void {
  const errors: FieldError[] = checks
    .filter((check): check is readonly [string, string] => check[1] !== null)
    .map(([field, reason]) => ({ field, reason }));
  if (errors.length > 0) throw new ValidationError(errors);
}

/** Prefixes nested checks with their parent's path: `address` + `city` → `address.city`; `''` is the parent itself. */
export function nested(parent: string, checks: readonly Check[]): Check[] {
  return checks.map(([field, problem]) => [field ? `${parent}.${field}` : parent, problem] as const);
}
