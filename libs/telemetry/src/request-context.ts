import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { finalize, Observable } from 'rxjs';
import { runInRequestSpan } from './tracing.js';

/** What a log line (and a trace) may say about the request it was written for: ids only. */
export interface RequestContext {
  requestId: string;
  correlationId: string;
  actorId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

interface ContextRequest {
  id?: string;
  method: string;
  routeOptions?: { url?: string };
  headers: Record<string, string | string[] | undefined>;
  actor?: { id: string };
  correlationId?: string;
}

const CORRELATION_ID = /^[\x21-\x7e]{1,100}$/;

/** The caller's X-Correlation-Id when usable, else a new one; kept on the request so the events written carry the same. */
export function correlationIdOf(request: Pick<ContextRequest, 'headers' | 'correlationId'>): string {
  if (request.correlationId) return request.correlationId;
  const header = request.headers['x-correlation-id'];
  request.correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
  return request.correlationId;
}

/**
 * Runs the handler inside the request's context. An interceptor, so it runs after the guard has
 * found the actor; lines logged by the guard itself carry no context.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ContextRequest>();
    const store: RequestContext = { requestId: request.id ?? randomUUID(), correlationId: correlationIdOf(request), actorId: request.actor?.id };
    const started = performance.now();
    // The route's template, never its URL: paths carry customer ids, queries search terms.
    const handled = () => this.logger.debug(`${request.method} ${request.routeOptions?.url ?? '(unmatched)'} handled in ${Math.round(performance.now() - started)} ms`);
    return new Observable((subscriber) => storage.run(store, () => runInRequestSpan(request, () => next.handle().pipe(finalize(handled)).subscribe(subscriber))));
  }
}
