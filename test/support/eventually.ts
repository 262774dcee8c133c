import { setTimeout as delay } from 'node:timers/promises';

/**
 * Awaits a condition that no event announces (a state another process reaches): asks `check`
 * every 200 ms until it answers true; after `timeoutMs`, throws with `describe()`'s account.
 */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, describe: () => Promise<string> | string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(await describe());
    await delay(200);
  }
}
