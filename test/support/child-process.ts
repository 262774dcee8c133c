import { spawn, type ChildProcess } from 'node:child_process';

export interface StartedProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together: for failure messages. */
  output(): string;
  /** Sends `signal` (SIGKILL by default) and resolves once it has exited; at once if it already had. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Spawns a server and resolves once it printed `readyLine`: a start is awaited by what the process
 * says, never by a sleep. Rejects with its output if it exits first.
 */
export function startProcess(command: string, args: string[], { env, readyLine }: { env: Record<string, string | undefined>; readyLine: string }): Promise<StartedProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Killed when the test process exits normally, should a failed teardown have left it running.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', orphaned);
      resolve();
    }),
  );
  const started: StartedProcess = {
    child,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) resolve(started);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`${command} exited (${code ?? signal}) before "${readyLine}":\n${output}`)));
  });
}
