import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobOutboxDispatcher, REACTOR_OUTBOXES } from './job-outbox.dispatcher.js';
import { JobWorker } from './job-worker.service.js';
import { JobsRestoration } from './jobs-restoration.service.js';

export type JobWorkerModuleOptions = {
  /** Names of the reactor projections whose job_outbox is dispatched. */
  reactors: string[];
};

/** Where jobs run (worker, one-process crm): the handler registry, the BullMQ worker and the outbox dispatcher. */
@Module({})
export class JobWorkerModule {
  static register(options: JobWorkerModuleOptions): DynamicModule {
    return {
      module: JobWorkerModule,
      imports: [DiscoveryModule],
      providers: [
        JobHandlerRegistry,
        JobWorker,
        JobOutboxDispatcher,
        JobsRestoration,
        { provide: REACTOR_OUTBOXES, useValue: options.reactors },
      ],
      exports: [JobHandlerRegistry, JobOutboxDispatcher, JobsRestoration],
    };
  }
}
