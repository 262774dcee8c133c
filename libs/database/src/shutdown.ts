type Close = () => Promise<void>;

const closers: { name: string; close: Close }[] = [];
let shuttingDown: Promise<boolean> | undefined;
let signalsHandled = false;

/**
 * Registers something to close when the process is told to stop (SIGINT, SIGTERM). Closed in
 * reverse order of registration, so what was opened first (the database) is closed last.
 * Returns a function that unregisters it, for things closed earlier by other means.
 */
export function closeOnShutdown(name: string, close: Close): () => void {
  const entry = { name, close };
  closers.push(entry);
  handleSignals();
  return () => {
    const index = closers.indexOf(entry);
    if (index >= 0) closers.splice(index, 1);
  };
}

/**
 * Closes everything registered so far; resolves to whether every close succeeded. A call while
 * closing waits for the same round; one after it closes what was registered since (a test that
 * opens the databases twice in one process).
 */
export function shutdown(log: (line: string) => void = console.error): Promise<boolean> {
  shuttingDown ??= closeAll(log).finally(() => (shuttingDown = undefined));
  return shuttingDown;
}

async function closeAll(log: (line: string) => void): Promise<boolean> {
  let clean = true;
  for (const { name, close } of closers.splice(0).reverse()) {
    try {
      await close();
    } catch (error) {
      clean = false;
      log(`could not close ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return clean;
}

// Node's default on these signals is to die at once, which would orphan an embedded PostgreSQL.
function handleSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) process.exit(1); // a second signal: the user wants out now
      void shutdown().then((clean) => process.exit(clean ? 0 : 1));
    });
  }
}
