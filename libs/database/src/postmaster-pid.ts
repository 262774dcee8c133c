import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a cluster's postmaster.pid says, or undefined when there is none: line 1 the postmaster's
 * pid, line 4 the port it listens on; NaN where a line is missing or not a number.
 */
export async function readPostmasterPid(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const content = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (content === undefined) return undefined;
  const lines = content.split('\n');
  return { pid: Number.parseInt(lines[0] ?? '', 10), port: Number.parseInt(lines[3] ?? '', 10) };
}

/** Whether a process with this pid exists, ours to signal or not. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
