/**
 * The errors that are not the domain's (who may call, what is gone, what is down) in the same
 * family as the domain's: each carries a `code`, and ErrorResponseFilter maps codes to statuses.
 * Nothing under apps/ or libs/ throws a NestJS HttpException (lint refuses the import), so one
 * table decides every answer the API gives.
 */
export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'GONE' | 'RATE_LIMITED' | 'UNAVAILABLE';

export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}

export const unauthenticated = (message: string): AccessError => new AccessError('UNAUTHENTICATED', message);
export const forbidden = (message: string): AccessError => new AccessError('FORBIDDEN', message);
export const gone = (message: string): AccessError => new AccessError('GONE', message);
export const rateLimited = (message: string): AccessError => new AccessError('RATE_LIMITED', message);
export const unavailable = (message: string): AccessError => new AccessError('UNAVAILABLE', message);
