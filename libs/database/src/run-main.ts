import { shutdown } from './shutdown.js';

/**
 * Runs an entry point; a failed start prints one line ("PostgreSQL unreachable at ..."), closes
 * what was already opened (an embedded PostgreSQL) and exits 1 — no stack trace.
 */
export function runMain(name: string, start: () => Promise<void>): void {
  start().catch(async (error: unknown) => {
    console.error(`${name} could not start: ${oneLine(error)}`);
    await shutdown();
    process.exit(1);
  });
}

function oneLine(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { message, cause } = error as { message?: string; cause?: { message?: string } };
  const reason = cause?.message;
  return reason && message && !message.includes(reason) ? `${message}: ${reason}` : (message ?? String(error));
}
