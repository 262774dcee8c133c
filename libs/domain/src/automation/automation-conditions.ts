import type { AutomationCondition } from './automation.events.js';

/** A value at a dotted path of the event's data (`lines.0.sku`), or undefined. */
function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function holds(actual: unknown, { op, value }: AutomationCondition): boolean {
  switch (op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    default: {
      // Order comparisons only between two numbers or two strings (ISO instants compare as text).
      if (typeof actual !== typeof value || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
      const [a, b] = [actual as number | string, value as number | string];
      return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
    }
  }
}

/** Every condition holds (none: always). */
export const conditionsHold = (data: unknown, conditions: readonly AutomationCondition[]): boolean =>
  conditions.every((condition) => holds(valueAt(data, condition.field), condition));
