import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive, readPostmasterPid } from './postmaster-pid.js';

export class EmbeddedPostgresInUseError extends Error {
  readonly code = 'EMBEDDED_POSTGRES_IN_USE';
  constructor(clusterDir: string, ownerPid: number) {
    super(`the embedded PostgreSQL in ${clusterDir} is in use by process ${ownerPid}; stop that CRM first or set CRM_DATA_DIR to another folder`);
  }
}

const OWNER_FILE = 'postgres.owner';

/** Remembers which process started the cluster, to tell its postgres from an orphan later. */
export async function recordPostmasterOwner(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

/**
 * A run that was killed (SIGKILL, a crash) leaves its postmaster.pid behind, and perhaps its
 * postgres still serving the folder with nobody to stop it. Either would stop the next start:
 * the file is removed, an orphaned postgres stopped. A postgres still the child of the process
 * that started it belongs to a CRM that is running, and is left alone.
 */
export async function clearStalePostmaster(dataDir: string, clusterDir: string): Promise<void> {
  const recorded = await readPostmasterPid(clusterDir);
  if (recorded === undefined) return;
  const { pid } = recorded;
  const postmaster = Number.isInteger(pid) && pid > 0 ? await processInfo(pid) : undefined;
  if (postmaster?.commandLine.includes('postgres') && postmaster.commandLine.includes(clusterDir)) {
    const owner = Number.parseInt(await readFile(join(dataDir, OWNER_FILE), 'utf8').catch(() => ''), 10);
    if (postmaster.parentPid === owner) throw new EmbeddedPostgresInUseError(clusterDir, owner);
    await stopOrphan(pid);
  }
  await rm(join(clusterDir, 'postmaster.pid'), { force: true });
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
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
