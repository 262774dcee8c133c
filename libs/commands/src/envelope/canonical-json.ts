/**
 * JSON with object keys sorted and no whitespace: one text per value, whatever order its keys
 * were built or stored in (jsonb reorders them), so a hash over it can be recomputed from the log.
 * Like JSON.stringify, undefined properties are left out; bigints, which JSON cannot hold, are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigints have no JSON form; write them as strings');
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}
