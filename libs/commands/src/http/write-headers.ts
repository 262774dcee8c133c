import { ValidationError } from '#crm/domain';

type Headers = Record<string, string | string[] | undefined>;

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IF_MATCH_HEADER = 'if-match';

const KEY = /^[\x21-\x7e]{1,200}$/;
// A revision as an ETag would carry it: 3, "3" or W/"3".
const REVISION = /^(?:W\/)?"?(\d{1,19})"?$/;

function single(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

export function idempotencyKeyOf(headers: Headers): string | undefined {
  const key = single(headers, IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new ValidationError([{ field: 'Idempotency-Key', reason: 'must be 1 to 200 visible ASCII characters, such as a UUID' }]);
  }
  return key;
}

export function expectedRevisionOf(headers: Headers): bigint | undefined {
  const value = single(headers, IF_MATCH_HEADER);
  if (value === undefined) return undefined;
  const match = REVISION.exec(value.trim());
  if (!match) throw new ValidationError([{ field: 'If-Match', reason: 'must be a stream revision, a whole number such as 3' }]);
  return BigInt(match[1]);
}
