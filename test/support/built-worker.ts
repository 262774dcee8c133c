import { buildApps } from '#test/support/built-cli';
import { startProcess, type StartedProcess } from '#test/support/child-process';

const WORKER = 'dist/apps/worker/src/main.js';

export const buildWorker = (): Promise<void> => buildApps(WORKER);

/** The worker as `npm run start:worker` runs it, in a process of its own that a test may kill. */
export function startBuiltWorker(env: Record<string, string>): Promise<StartedProcess> {
  return startProcess('node', [WORKER], { env: { PATH: process.env.PATH, ...env }, readyLine: 'CRM worker running' });
}
