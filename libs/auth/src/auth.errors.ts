// Codes follow the project's convention, so the HTTP error filter answers 400 and 404.

/** Bad input to key management, naming the field and why it was refused. */
export class InvalidAuthInputError extends Error {
  readonly code = 'VALIDATION';
  readonly errors: readonly { field: string; reason: string }[];
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
    this.errors = [{ field, reason }];
  }
}

export class ApiKeyNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(readonly id: string) {
    super(`API key ${id} does not exist`);
  }
}

export class UserNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(readonly staffId: string) {
    super(`no user for staff member ${staffId}`);
  }
}
