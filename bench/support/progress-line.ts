const EVERY_MS = 5_000;

/** A progress callback for a long setup step: one stderr line at most every 5 s, so a full run shows it is alive. */
export function progressLine(label: string): (done: number, seconds: number) => void {
  let last = performance.now();
  return (done, seconds) => {
    if (performance.now() - last < EVERY_MS) return;
    last = performance.now();
    process.stderr.write(`${label}: ${done.toLocaleString('en')} in ${seconds.toFixed(0)} s (${Math.round(done / seconds).toLocaleString('en')}/s)\n`);
  };
}
