/** The same key with another request: answering the first request's result would mislead. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor() {
    super('Idempotency-Key reused with a different request');
    this.name = 'IdempotencyKeyReusedError';
  }
}
