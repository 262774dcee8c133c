import type { FieldError } from './validation-failed.error.js';

const NUL = '\u0000';
const MOST_REPORTED = 10;

/**
 * PostgreSQL stores no U+0000 in text or jsonb, so a NUL anywhere in a request would fail deep in
 * a write or a query as a bare 500. No field of ours has a use for it: refuse it up front, naming
 * where it is. Walks with a stack, not recursion, so a deeply nested body cannot overflow it.
 */
export function nulCharacterErrors(value: unknown, rootPath: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: [unknown, string][] = [[value, rootPath]];
  while (pending.length > 0 && errors.length < MOST_REPORTED) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) errors.push({ field: path || '(body)', reason: 'must not contain the NUL character (U+0000)' });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const field = path ? `${path}.${key}` : key;
        if (key.includes(NUL)) errors.push({ field: field.replaceAll(NUL, '\\u0000'), reason: 'must not contain the NUL character (U+0000)' });
        else pending.push([item, field]);
      }
    }
  }
  return errors;
}
