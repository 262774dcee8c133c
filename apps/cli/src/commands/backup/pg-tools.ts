import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export class PgToolError extends Error {}

/**
 * pg_dump and pg_restore from PATH, told where by the URL; their messages come back as the error,
 * and a missing tool is named with what to install.
 */
export function startPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): { process: ChildProcessByStdio<null, Readable, Readable>; done: Promise<void> } {
  const child = spawn(tool, [...args, `--dbname=${url}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new PgToolError(error.code === 'ENOENT' ? `${tool} not found on PATH: install the PostgreSQL client tools (the server's major version or newer)` : `${tool}: ${error.message}`)),
    );
    child.once('close', (code) => (code === 0 ? resolve() : reject(new PgToolError(`${tool} failed (exit ${code}): ${errors.trim().split('\n').slice(0, 3).join(' ')}`))));
  });
  return { process: child, done };
}
