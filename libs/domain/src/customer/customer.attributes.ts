import { MAX_TEXT } from '../shared/field-checks.js';
import type { Check } from '../shared/validation.js';
import type { AttributeValue } from './customer.events.js';

// Keys become column names and filter paths in segment definitions, so they stay plain.
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const KEY_PROBLEM = 'must be a key of 1 to 64 letters, digits or _ . -, starting with a letter';

export function attributeKeyProblem(key: unknown): string | null {
  return typeof key === 'string' && ATTRIBUTE_KEY.test(key) ? null : KEY_PROBLEM;
}

function valueProblem(value: unknown): string | null {
  if (typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'must be a finite number';
  if (typeof value === 'string') return value.length <= MAX_TEXT ? null : `must be at most ${MAX_TEXT} characters`;
  return 'must be text, a number or true/false';
}

export function attributeChecks(field: string, attributes: unknown): Check[] {
  if (attributes === undefined) return [];
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    return [[field, 'must be an object of key/value pairs']];
  }
  return Object.entries(attributes).flatMap(([key, value]): Check[] => [[`${field}.${key}`, ATTRIBUTE_KEY.test(key) ? valueProblem(value) : KEY_PROBLEM]]);
}

export function unsetKeyChecks(keys: unknown, set: Record<string, AttributeValue> | undefined): Check[] {
  if (keys === undefined) return [];
  if (!Array.isArray(keys)) return [['unset', 'must be a list of attribute keys']];
  return keys.map((key, index): Check => {
    if (typeof key !== 'string' || !ATTRIBUTE_KEY.test(key)) return [`unset[${index}]`, KEY_PROBLEM];
    return [`unset[${index}]`, set && Object.hasOwn(set, key) ? 'cannot be both set and unset' : null];
  });
}
