import type { Job } from 'bullmq';
import { allJobNames, type JobName } from './job-names.js';

/** A handler names its own payload type; `never` here lets any of them in, and the registry passes job.data on. */
export type JobHandler = (payload: never, job: Job) => Promise<unknown>;
export type FoundHandler = { name: JobName; owner: string; handler: JobHandler };

export class JobHandlersInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`job handlers are not one per job: ${problems.join('; ')}`);
    this.name = 'JobHandlersInvalidError';
  }
}

/**
 * One handler per job name, or no start at all: a job with no handler would sit in Redis
 * forever, and one with two would run twice.
 */
export function jobHandlerTable(found: FoundHandler[]): Map<JobName, JobHandler> {
  const problems: string[] = [];
  const table = new Map<JobName, JobHandler>();
  for (const name of allJobNames) {
    const owners = found.filter((each) => each.name === name);
    if (owners.length === 0) problems.push(`${name} has no handler`);
    if (owners.length > 1) problems.push(`${name} has ${owners.length} handlers (${owners.map((each) => each.owner).join(', ')})`);
    if (owners.length === 1) table.set(name, owners[0].handler);
  }
  for (const each of found) if (!allJobNames.includes(each.name)) problems.push(`${each.owner} handles unknown job ${String(each.name)}`);
  if (problems.length > 0) throw new JobHandlersInvalidError(problems);
  return table;
}
