import { Global, Module } from '@nestjs/common';
import { RedisAvailability } from './redis-availability.service.js';
import { RequiresJobsGuard } from './requires-jobs.guard.js';

/** Needs CrmConfig (ConfigModule). Queues and workers will be added here. */
@Global()
@Module({
  providers: [RedisAvailability, RequiresJobsGuard],
  exports: [RedisAvailability, RequiresJobsGuard],
})
export class JobsModule {}
