import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { NotFoundError } from '#crm/domain';
import type { Actor } from '#crm/auth';
import type { Observable } from 'rxjs';
import { RecordAccess } from './record-access.service.js';

interface Request {
  method: string;
  routeOptions?: { url?: string };
  params?: Record<string, string>;
  body?: unknown;
  actor?: Actor;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every route about one customer or one deal — reads and writes alike — answers a record outside
 * the caller's scope as it would an unknown one: 404, so a record's existence is not leaked.
 * Runs after the guard (which set the actor) and before any other interceptor or handler.
 */
@Injectable()
export class RecordAccessInterceptor implements NestInterceptor {
  constructor(private readonly access: RecordAccess) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.actor) await this.check(request, request.actor);
    return next.handle();
  }

  private async check(request: Request, actor: Actor): Promise<void> {
    const route = request.routeOptions?.url ?? '';
    const id = request.params?.id;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const customerId = route.startsWith('/customers/:id') ? id : request.method === 'POST' && route === '/opportunities' ? body.customerId : undefined;
    const opportunityId = route.startsWith('/opportunities/:id') ? id : undefined;
    if (!(typeof customerId === 'string' && UUID.test(customerId)) && !(typeof opportunityId === 'string' && UUID.test(opportunityId))) return;
    const scope = await this.access.scopeFor(actor);
    if (typeof customerId === 'string' && UUID.test(customerId) && !(await this.access.customerVisible(scope, customerId))) {
      throw new NotFoundError('customer', customerId);
    }
    if (typeof opportunityId === 'string' && UUID.test(opportunityId) && !(await this.access.opportunityVisible(scope, opportunityId))) {
      throw new NotFoundError('opportunity', opportunityId);
    }
  }
}
