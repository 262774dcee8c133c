import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyService } from './api-key.service.js';
import { describeRoute, type AuthenticatedRequest } from './authenticated-request.js';
import { presentedKey } from './presented-key.js';
import { PUBLIC_METADATA } from './public.decorator.js';
import { ROLES_METADATA } from './roles.decorator.js';
import type { Role } from './roles.js';
import { forbidden, unauthenticated } from '#crm/http';

/**
 * Checks every request. Secure by default: a route that is neither @Public() nor given @Roles()
 * is refused to every key, admin included, so a forgotten decorator fails loudly in tests
 * instead of quietly opening a route.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = presentedKey(request.headers);
    const actor = key ? await this.keys.authenticate(key) : null;
    if (!actor) throw unauthenticated('missing or invalid API key');
    request.actor = actor;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles) throw forbidden(`${describeRoute(request)} declares no roles, so no key may call it`);
    if (actor.role !== 'admin' && !roles.includes(actor.role)) {
      throw forbidden(`role ${actor.role} may not ${describeRoute(request)}`);
    }
    return true;
  }
}
