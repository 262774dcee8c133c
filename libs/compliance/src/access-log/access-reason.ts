import { ValidationError } from '#crm/domain';

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
  const problem = accessReasonProblem(given);
  if (problem) throw new ValidationError([{ field: 'X-Access-Reason', reason: problem }]);
  return given;
}

/** What is wrong with a stated reason (trimmed), or null when it may be recorded; for reasons given in a body too. */
export function accessReasonProblem(reason: string): string | null {
  if (reason === '') return 'must say why this person\'s data is read';
  if (reason.length > MAX_LENGTH || /[\x00-\x1f\x7f]/.test(reason)) return `must be at most ${MAX_LENGTH} printable characters`;
  return null;
}
