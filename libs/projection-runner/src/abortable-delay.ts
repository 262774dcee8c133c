import { setTimeout as delay } from 'node:timers/promises';

/** Waits `ms` or until `signal` aborts, whichever comes first; never throws. */
export async function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => undefined);
}
