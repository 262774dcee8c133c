import { ValidationError } from '@crm/domain';

type ReasonRequest = { headers: Record<string, string | string[] | undefined>; query?: unknown };

const MAX_LENGTH = 500;

/** The stated purpose of a read: the X-Access-Reason header, or the `reason` query parameter. */
export function accessReasonOf(request: ReasonRequest, required: boolean): string | null {
  const header = request.headers['x-access-reason'];
  const query = (request.query as { reason?: unknown } | undefined)?.reason;
  const given = [Array.isArray(header) ? header.join(', ') : header, typeof query === 'string' ? query : undefined]
    .map((value) => value?.trim())
    .find((value) => value !== undefined && value !== '');
  if (given === undefined) {
    if (required) throw new ValidationError([{ field: 'X-Access-Reason', reason: 'is required: say why this person\'s data is read (header or ?reason=)' }]);
    return null;
  }
  if (given.length > MAX_LENGTH || /[\x00-\x1f\x7f]/.test(given)) {
    throw new ValidationError([{ field: 'X-Access-Reason', reason: `must be at most ${MAX_LENGTH} printable characters` }]);
  }
  return given;
}
