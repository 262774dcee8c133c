import { Injectable, type CallHandler, type CanActivate, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { NotFoundError, ReferenceNotFoundError } from '#crm/domain';
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
    await checkRecordsNamed(this.access, context.switchToHttp().getRequest<Request>());
    return next.handle();
  }
}

/**
 * The same check as a guard, for a route that has answered before any interceptor can refuse:
 * server-sent events, whose 200 and headers are out when the stream is subscribed (a refusal
 * would arrive as an "error" event, not as the 404 every other route about the record gives).
 */
@Injectable()
export class RecordAccessGuard implements CanActivate {
  constructor(private readonly access: RecordAccess) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await checkRecordsNamed(this.access, context.switchToHttp().getRequest<Request>());
    return true;
  }
}

async function checkRecordsNamed(access: RecordAccess, request: Request): Promise<void> {
  const named = request.actor ? recordsNamed(request) : [];
  if (named.length === 0) return;
  const scope = await access.scopeFor(request.actor!);
  for (const { kind, id, unknown } of named) {
    const visible = kind === 'customer' ? await access.customerVisible(scope, id) : await access.opportunityVisible(scope, id);
    if (!visible) throw unknown();
  }
}

interface NamedRecord {
  kind: 'customer' | 'opportunity';
  id: string;
  /** What the route answers when the record does not exist: the same answer hides one out of scope. */
  unknown: () => Error;
}

/** The customers and deals a request names, in the path or in the body, that the caller must be able to see. */
function recordsNamed(request: Request): NamedRecord[] {
  const route = request.routeOptions?.url ?? '';
  const id = request.params?.id;
  const body = (request.body ?? {}) as Record<string, unknown>;
  const post = request.method === 'POST';
  const customer = (value: unknown, unknown = () => new NotFoundError('customer', value as string)): NamedRecord[] =>
    typeof value === 'string' && UUID.test(value) ? [{ kind: 'customer', id: value, unknown }] : [];
  return [
    ...(route.startsWith('/customers/:id') ? customer(id) : []),
    ...(post && route === '/opportunities' ? customer(body.customerId) : []),
    // The record merged in (or given back) is as much the request's as `:id`.
    ...(post && (route === '/customers/:id/merge' || route === '/customers/:id/unmerge') ? customer(body.from) : []),
    // A person linked to an organization out of scope hears what it would of an unknown one.
    ...((post && route === '/customers') || (request.method === 'PATCH' && route === '/customers/:id')
      ? customer(body.organizationId, () => new ReferenceNotFoundError('organizationId', 'organization', body.organizationId as string))
      : []),
    ...(route.startsWith('/opportunities/:id') && typeof id === 'string' && UUID.test(id)
      ? [{ kind: 'opportunity' as const, id, unknown: () => new NotFoundError('opportunity', id) }]
      : []),
  ];
}
