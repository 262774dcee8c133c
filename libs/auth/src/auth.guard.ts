import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { forbidden, unauthenticated } from '#crm/http';
import { Reflector } from '@nestjs/core';
import type { Actor } from './actor.js';
import { ApiKeyService } from './api-key.service.js';
import { describeRoute, type AuthenticatedRequest } from './authenticated-request.js';
import { presentedKey } from './presented-key.js';
import { PUBLIC_METADATA } from './public.decorator.js';
import { ROLES_METADATA } from './roles.decorator.js';
import type { Role } from './roles.js';
import { crossSiteWrite, sessionTokenOf } from './sessions/session-cookie.js';
import { RateLimitedError, RateLimiter } from './rate-limit/rate-limiter.js';
import { SessionService } from './sessions/session.service.js';

export const UNAUTHENTICATED_MESSAGE = 'missing or invalid API key or session';

/**
 * Checks every request: an API key (Authorization / X-Api-Key) or else a session cookie. Secure
 * by default: a route that is neither @Public() nor given @Roles() is refused to every caller,
 * admin included, so a forgotten decorator fails loudly in tests instead of quietly opening a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request);
    if (!actor) throw unauthenticated(UNAUTHENTICATED_MESSAGE);
    if (actor.credential === 'session' && crossSiteWrite(request)) {
      throw forbidden('a write with a session cookie must come from this site (Origin header)');
    }
    request.actor = actor;
    await this.countRequest(context, actor);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles) throw forbidden(`${describeRoute(request)} declares no roles, so no key may call it`);
    if (actor.role !== 'admin' && !roles.includes(actor.role)) {
      throw forbidden(`role ${actor.role} may not ${describeRoute(request)}`);
    }
    return true;
  }

  /** Every authenticated request counts, refused ones included, per API key or signed-in user. */
  private async countRequest(context: ExecutionContext, actor: Actor): Promise<void> {
    try {
      await this.rateLimiter.hit(actor.keyId);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>().header('retry-after', String(error.retryAfterSeconds));
      }
      throw error;
    }
  }

  /** A presented key decides alone: a bad key is not rescued by a cookie. */
  private async authenticate(request: AuthenticatedRequest): Promise<Actor | null> {
    const key = presentedKey(request.headers);
    if (key) return this.keys.authenticate(key);
    const token = sessionTokenOf(request.headers);
    return token ? this.sessions.authenticate(token) : null;
  }
}
