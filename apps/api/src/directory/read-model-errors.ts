import { ValidationFailedError } from '#crm/http';

export function badCursor(): ValidationFailedError {
  return new ValidationFailedError([{ field: 'cursor', reason: 'is not a cursor this endpoint issued; start again without it' }]);
}
