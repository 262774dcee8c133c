import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

export type WriteRouteOptions = {
  /** False on a route that must not reveal a stream's revision (the public lead form). */
  ifMatch?: boolean;
};

/** On every write route: Idempotency-Key and If-Match, handled and documented. */
export const WriteRoute = ({ ifMatch = true }: WriteRouteOptions = {}) =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any unique string (a UUID). A repeat with the same key gets the first answer and appends nothing; with another body, 422.',
    }),
    ...(ifMatch
      ? [
          ApiHeader({
            name: 'If-Match',
            required: false,
            description: 'The stream revision you last saw; if the stream has moved on, 409 with currentRevision and nothing is written.',
          }),
        ]
      : []),
    // The answers these headers add; a route documents the rest of its own.
    ApiErrors(ifMatch ? [409, 422] : [422]),
  );
