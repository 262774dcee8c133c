import { UnprocessableEntityException } from '@nestjs/common';

/** The same key with another request: answering the first request's result would mislead. */
export class IdempotencyKeyReusedError extends UnprocessableEntityException {
  constructor() {
    super('Idempotency-Key reused with a different request');
  }
}
