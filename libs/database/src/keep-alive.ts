import { closeOnShutdown } from './shutdown.js';

/**
 * A process without a server (projector, worker) must not exit just because, for a moment,
 * nothing is scheduled: it runs until told to stop.
 */
export function keepAliveUntilShutdown(): void {
  const timer = setInterval(() => undefined, 1 << 30);
  closeOnShutdown('keep-alive', async () => clearInterval(timer));
}
