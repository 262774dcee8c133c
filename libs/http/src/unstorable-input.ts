import type { FieldError } from './validation-failed.error.js';

const NUL = '\u0000';
const MOST_REPORTED = 10;
/** Deeper than any body of ours (a segment rule tree 30 levels deep fits), far below a stack overflow. */
export const MAX_INPUT_DEPTH = 64;

const NUL_REASON = 'must not contain the NUL character (U+0000)';

/**
 * Input no handler should ever see:
 * - a NUL anywhere: PostgreSQL stores none in text or jsonb, so it would fail deep in a write or a
 *   query as a bare 500, and no field of ours has a use for it;
 * - nesting deeper than MAX_INPUT_DEPTH: class-transformer and class-validator recurse, so a
 *   1 MiB body of `[[[[…` overflows the stack (a 500) after seconds of CPU.
 * Walks with a stack, not recursion, so the check itself cannot overflow.
 */
export function unstorableInputErrors(value: unknown, rootPath: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: [unknown, string, number][] = [[value, rootPath, 0]];
  while (pending.length > 0 && errors.length < MOST_REPORTED) {
    const [current, path, depth] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes(NUL)) errors.push({ field: path || '(body)', reason: NUL_REASON });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      errors.push({ field: path || '(body)', reason: `is nested too deeply (more than ${MAX_INPUT_DEPTH} levels)` });
      break;
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${path}[${index}]`, depth + 1]));
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      const field = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) errors.push({ field: field.replaceAll(NUL, '\\u0000'), reason: NUL_REASON });
      else pending.push([item, field, depth + 1]);
    }
  }
  return errors;
}
