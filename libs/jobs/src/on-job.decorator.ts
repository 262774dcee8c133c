import { SetMetadata } from '@nestjs/common';
import type { JobName } from './job-names.js';

export const ON_JOB = Symbol('OnJob');

/**
 * Marks the provider method that runs a job. A job class only hands off to a service; the
 * registry finds every marked method when the worker starts.
 */
export const OnJob = (name: JobName): MethodDecorator => SetMetadata(ON_JOB, name);
