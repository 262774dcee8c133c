import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, switchMap, type Observable } from 'rxjs';
import type { Actor } from '#crm/auth';
import { AccessLogStore } from './access-log.store.js';
import { accessReasonOf } from './access-reason.js';
import { accessorOf } from './accessor.js';
import { PERSONAL_DATA_ACCESS, type PersonalDataAccessOptions } from './personal-data-access.decorator.js';

type AccessRequest = {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  query?: unknown;
  params?: Record<string, string>;
  routeOptions?: { url?: string };
  actor?: Actor;
};

/** Records reads of routes marked @PersonalDataAccess; runs after the guard, so the actor is known. */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessLog: AccessLogStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<PersonalDataAccessOptions | undefined>(PERSONAL_DATA_ACCESS, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const actor = request.actor;
    if (!actor) throw new Error('@PersonalDataAccess() on a route without an API key: personal data is never public');
    const reason = accessReasonOf(request, options.reasonRequired ?? false);
    const recorded = this.accessLog.record({
      ...accessorOf(actor),
      subjectKind: 'customer',
      subjectId: request.params?.[options.subjectParam ?? 'id'] ?? '',
      action: options.action,
      route: `${request.method} ${request.routeOptions?.url ?? '(unknown route)'}`,
      reason,
    });
    return from(recorded).pipe(switchMap(() => next.handle()));
  }
}
