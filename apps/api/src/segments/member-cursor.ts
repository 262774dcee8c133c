import { ValidationFailedError } from '#crm/http';
import { decodeCursor, encodeCursor, isIsoInstant, type MemberCursor } from '#crm/projections';

const isMemberCursor = (value: unknown[]): value is [string, string] => value.length === 2 && isIsoInstant(value[0]) && typeof value[1] === 'string';

export function parseMemberCursor(text: string | undefined): MemberCursor | null {
  if (text === undefined) return null;
  const cursor = decodeCursor(text, isMemberCursor);
  if (!cursor) throw new ValidationFailedError([{ field: 'after', reason: 'must be the next cursor of a previous page' }]);
  return cursor;
}

export const memberCursor = (enteredAt: Date, customerId: string): string => encodeCursor([enteredAt.toISOString(), customerId]);
