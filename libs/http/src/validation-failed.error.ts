export interface FieldError {
  /** Path into the request body: `lines[0].quantity`. */
  field: string;
  reason: string;
}

/** Bad input: answered 400 with one entry per offending field. */
export class ValidationFailedError extends Error {
  readonly code = 'VALIDATION';
  constructor(readonly errors: FieldError[]) {
    super('validation failed');
  }
}
