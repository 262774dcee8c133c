import { spawn } from 'node:child_process';

/**
 * Runs a bench script in a Node process of its own (so its RSS high-water mark is its own work's,
 * not what the benchmark held before) and parses the one JSON line it prints last.
 */
export function runJsonChild<T>(script: string, args: readonly string[], nodeOptions: readonly string[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as T);
      } catch (error) {
        reject(new Error(`${script} printed no JSON line: ${(error as Error).message}`));
      }
    });
  });
}
