import { ValidationError, type FieldError } from '#crm/domain';

export type { FieldError };

/** Bad input caught at the edge (DTO, query, id): the domain's ValidationError, answered 400 with one entry per field. */
export class ValidationFailedError extends ValidationError {
  constructor(override readonly errors: FieldError[]) {
    super(errors);
    this.message = 'validation failed';
    this.name = 'ValidationFailedError';
  }
}
