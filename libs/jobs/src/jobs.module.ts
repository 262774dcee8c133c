import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';
import { JobsPrefix } from './jobs-prefix.js';
import { RedisAvailability } from './redis-availability.service.js';
import { RequiresJobsGuard } from './requires-jobs.guard.js';

/** Needs CrmConfig (ConfigModule). Producers everywhere; JobWorkerModule where jobs run. */
@Global()
@Module({
  providers: [RedisAvailability, RequiresJobsGuard, JobQueue, JobsPrefix],
  exports: [RedisAvailability, RequiresJobsGuard, JobQueue, JobsPrefix],
})
export class JobsModule {}
