import { applyDecorators, Injectable, UseGuards, type CanActivate } from '@nestjs/common';
import { RedisAvailability } from './redis-availability.service.js';
import { ApiErrors, unavailable } from '#crm/http';

@Injectable()
export class RequiresJobsGuard implements CanActivate {
  constructor(private readonly redis: RedisAvailability) {}

  canActivate(): boolean {
    if (this.redis.isAvailable()) return true;
    throw unavailable(`jobs unavailable: ${this.redis.reason}`);
  }
}

/** On an endpoint that starts a job: 503 `jobs unavailable: <reason>` while Redis is down, handled and documented. */
export const RequiresJobs = () =>
  applyDecorators(UseGuards(RequiresJobsGuard), ApiErrors([503], { 503: 'Jobs unavailable (Redis is unreachable), or PostgreSQL is down' }));
