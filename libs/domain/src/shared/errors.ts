/**
 * Domain errors carry a code the HTTP layer maps to a status (VALIDATION → 400, NOT_FOUND → 404,
 * RULE_VIOLATED → 409) without knowing any domain rule. Messages never repeat input values, so
 * they can be logged without leaking personal data.
 */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'RULE_VIOLATED';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export type FieldError = { field: string; reason: string };

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION';
  constructor(readonly errors: readonly FieldError[]) {
    super(`invalid input: ${errors.map((error) => `${error.field} ${error.reason}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  /** `message` when "does not exist" is not the whole story (an export that is not done yet). */
  constructor(
    readonly entity: string,
    readonly id: string,
    message = `${entity} ${id} does not exist`,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * A request field that names a record which does not exist (a person's organization): 404 as for
 * any unknown record, with the field named as a 400 names it, so a client knows which id was wrong.
 */
export class ReferenceNotFoundError extends NotFoundError {
  readonly errors: readonly FieldError[];
  constructor(field: string, entity: string, id: string, reason = `names no ${entity}`) {
    super(entity, id, `${field} ${reason}: ${entity} ${id} does not exist`);
    this.errors = [{ field, reason }];
    this.name = 'ReferenceNotFoundError';
  }
}

/** A command that is well formed but conflicts with what the stream already says. */
export class RuleViolation extends DomainError {
  readonly code = 'RULE_VIOLATED';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}
