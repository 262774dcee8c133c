import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export class EmbeddedPostgresInUseError extends Error {
  readonly code = 'EMBEDDED_POSTGRES_IN_USE';
  constructor(clusterDir: string, ownerPid: number) {
    super(`the embedded PostgreSQL in ${clusterDir} is in use by process ${ownerPid}; stop that CRM first or set CRM_DATA_DIR to another folder`);
  }
}

/**
 * A run that was killed (SIGKILL, a crash) leaves its postmaster.pid behind, and perhaps its
 * postgres still serving the folder with nobody to stop it. Either would stop the next start:
 * the file is removed, an orphaned postgres stopped. A postgres whose parent CRM is still alive
 * is left alone.
 */
export async function clearStalePostmaster(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  const postmaster = Number.isInteger(pid) && pid > 0 ? await processInfo(pid) : undefined;
  if (postmaster?.commandLine.includes('postgres') && postmaster.commandLine.includes(clusterDir)) {
    const parent = await processInfo(postmaster.parentPid);
    if (parent && postmaster.parentPid !== 1 && parent.commandLine.includes('node')) {
      throw new EmbeddedPostgresInUseError(clusterDir, postmaster.parentPid);
    }
    await stopOrphan(pid);
  }
  await rm(pidFile, { force: true });
}

interface ProcessInfo {
  commandLine: string;
  parentPid: number;
}

/** From /proc (Linux); elsewhere undefined, and postgres itself judges its lock file. */
async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const [commandLine, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // stat is "pid (comm) state ppid ..."; comm may hold spaces, so split after its closing paren.
    const parentPid = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    return { commandLine: commandLine.replaceAll('\0', ' '), parentPid };
  } catch {
    return undefined;
  }
}

/** Fast shutdown (SIGINT); an orphan is not our child, so its exit can only be polled for. */
async function stopOrphan(pid: number, timeoutMs = 15_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
