/**
 * Keyset cursors travel as opaque base64url text, so clients cannot build or depend on their
 * inside and the keyset can change without breaking them.
 */
export function encodeCursor(keyset: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keyset)).toString('base64url');
}

/** The keyset inside a cursor, or null when the text is not one: `isKeyset` checks its shape. */
export function decodeCursor<K extends readonly unknown[]>(text: string, isKeyset: (value: unknown[]) => value is unknown[] & K): K | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.every(storable) && isKeyset(value) ? value : null;
  } catch {
    return null;
  }
}

export const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));

/** Text PostgreSQL can compare with: a crafted cursor can hold a NUL or a lone surrogate. */
const storable = (value: unknown) => typeof value !== 'string' || !/\u0000|[\uD800-\uDFFF]/u.test(value);

const LARGEST_BIGINT = 2n ** 63n - 1n;

/** An integer that fits PostgreSQL's bigint. */
export const isIntegerText = (value: unknown): value is string =>
  typeof value === 'string' && /^-?\d{1,19}$/.test(value) && BigInt(value) <= LARGEST_BIGINT && BigInt(value) >= -LARGEST_BIGINT;

export const isUuidText = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
