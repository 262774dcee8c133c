import { HttpStatus, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Actor } from '#crm/auth';
import { IdempotencyStore } from '../idempotency/idempotency.store.js';
import { requestHash } from './request-hash.js';
import { idempotencyKeyOf } from './write-headers.js';

type WriteRequest = Parameters<typeof requestHash>[0] & { actor?: Actor };

/** The scope of keys sent to public routes (the web lead form), which have no API key. */
export const PUBLIC_KEY_SCOPE = 'public';

/**
 * A write sent with an Idempotency-Key runs once; a repeat gets the first answer. Only successful
 * answers are kept, and they always have the route's own status, which Nest sets again on replay.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly records: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<WriteRequest>();
    const key = idempotencyKeyOf(request.headers);
    if (key === undefined) return next.handle();
    const statusCode = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? defaultStatus(request.method);
    const answer = this.records.once(
      { actorKeyId: request.actor?.keyId ?? PUBLIC_KEY_SCOPE, key, requestHash: requestHash(request) },
      async () => ({ statusCode, body: await lastValueFrom(next.handle()) }),
    );
    return from(answer.then(({ body }) => body));
  }
}

const defaultStatus = (method: string) => (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
