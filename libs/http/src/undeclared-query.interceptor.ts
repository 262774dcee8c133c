import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { Observable } from 'rxjs';
import { ValidationFailedError } from './validation-failed.error.js';

type RouteArgument = { data?: unknown };

const QUERY_PARAMETERS = 'crm:http:query-parameters';

/** Query parameters a route reads outside its handler's arguments (a guard, an interceptor). */
export const ReadsQuery = (...names: string[]) => SetMetadata(QUERY_PARAMETERS, names);

/**
 * A query parameter the route does not read is refused, as the query DTOs refuse theirs: a
 * misspelt `limt=5` or a `limit=-1` on a route without paging would otherwise be ignored in
 * silence. A route taking a whole query object leaves it to its DTO (the validation pipe); one
 * taking named parameters (`@Query('reason')`, or `@ReadsQuery('reason')` for one read by a guard)
 * accepts those names only; any other, none.
 */
@Injectable()
export class UndeclaredQueryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const query = context.switchToHttp().getRequest<{ query?: Record<string, unknown> }>().query ?? {};
    const names = Object.keys(query);
    if (names.length === 0) return next.handle();
    const declared = declaredQuery(context);
    if (declared === 'whole') return next.handle();
    const undeclared = names.filter((name) => !declared.has(name));
    if (undeclared.length > 0) throw new ValidationFailedError(undeclared.map((field) => ({ field, reason: 'is not a parameter of this route' })));
    return next.handle();
  }
}

function declaredQuery(context: ExecutionContext): 'whole' | Set<string> {
  const routeArguments: Record<string, RouteArgument> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  const names = new Set<string>(Reflect.getMetadata(QUERY_PARAMETERS, context.getHandler()) ?? []);
  for (const [key, argument] of Object.entries(routeArguments)) {
    if (!key.startsWith(`${RouteParamtypes.QUERY}:`)) continue;
    if (typeof argument.data !== 'string') return 'whole';
    names.add(argument.data);
  }
  return names;
}
