import type { Job } from 'bullmq';

/** Whether this run is the job's last try: what fails now stays failed (parked, marked failed). */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
