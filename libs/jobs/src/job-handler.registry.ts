import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { jobHandlerTable, type FoundHandler, type JobHandler } from './job-handler-table.js';
import type { JobName } from './job-names.js';
import { ON_JOB } from './on-job.decorator.js';

/** Finds every @OnJob method once the modules exist; a missing or doubled handler stops the start. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private table = new Map<JobName, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found: FoundHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<JobName | undefined>(ON_JOB, (prototype as Record<string, (...args: never[]) => unknown>)[method]);
        if (name === undefined) continue;
        const bound = (instance[method] as JobHandler).bind(instance);
        found.push({ name, owner: `${instance.constructor.name}.${method}`, handler: bound });
      }
    }
    this.table = jobHandlerTable(found);
  }

  run(job: Job): Promise<unknown> {
    const handler = this.table.get(job.name as JobName);
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job.data as never, job);
  }
}
