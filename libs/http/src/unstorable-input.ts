import type { FieldError } from './validation-failed.error.js';

const NUL = '\u0000';
const MOST_REPORTED = 10;
/** Deeper than any body of ours (a segment rule tree 30 levels deep fits), far below a stack overflow. */
export const MAX_INPUT_DEPTH = 64;

const NUL_REASON = 'must not contain the NUL character (U+0000)';
/** In `u` mode a pair is one code point, so this matches only a surrogate without its other half. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const SURROGATE_REASON = 'must be valid Unicode (it holds a lone UTF-16 surrogate)';
const UNSAFE_INTEGER_REASON = `must be an integer between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`;

function stringReason(text: string): string | undefined {
  if (text.includes(NUL)) return NUL_REASON;
  if (LONE_SURROGATE.test(text)) return SURROGATE_REASON;
  return undefined;
}

/**
 * Input no handler should ever see:
 * - a NUL anywhere: PostgreSQL stores none in text or jsonb, so it would fail deep in a write or a
 *   query as a bare 500, and no field of ours has a use for it;
 * - a lone UTF-16 surrogate (`"\ud800"` is valid JSON): PostgreSQL refuses it in jsonb (22P02);
 * - an integer JSON cannot carry exactly (beyond 2^53 it was already rounded when parsed);
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
      const reason = stringReason(current);
      if (reason) errors.push({ field: printable(path) || '(body)', reason });
      continue;
    }
    if (typeof current === 'number') {
      if (Number.isInteger(current) && !Number.isSafeInteger(current)) errors.push({ field: path || '(body)', reason: UNSAFE_INTEGER_REASON });
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
      const reason = stringReason(key);
      if (reason) errors.push({ field: printable(field), reason });
      else pending.push([item, field, depth + 1]);
    }
  }
  return errors;
}

/** A field name as the answer can carry it: NUL and lone surrogates written as escapes. */
const printable = (field: string) =>
  field.replace(/\u0000|[\uD800-\uDFFF]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
