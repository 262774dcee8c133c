import { Injectable, UseGuards, type CanActivate } from '@nestjs/common';
import { RedisAvailability } from './redis-availability.service.js';
import { unavailable } from '#crm/http';

@Injectable()
export class RequiresJobsGuard implements CanActivate {
  constructor(private readonly redis: RedisAvailability) {}

  canActivate(): boolean {
    if (this.redis.isAvailable()) return true;
    throw unavailable(`jobs unavailable: ${this.redis.reason}`);
  }
}

/** On an endpoint that starts a job: 503 `jobs unavailable: <reason>` while Redis is down. */
export const RequiresJobs = (): MethodDecorator & ClassDecorator => UseGuards(RequiresJobsGuard);
