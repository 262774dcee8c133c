import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor.js';
import { describeRoute, type AuthenticatedRequest } from './authenticated-request.js';

/** The caller as established by the API key guard; the only source of an event's actor. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) {
    // A public route has no actor; asking for one there is a programming error, not a 401.
    throw new Error(`@CurrentActor() used on ${describeRoute(request)}, which is not authenticated`);
  }
  return request.actor;
});
