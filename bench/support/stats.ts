/** Percentiles over a set of samples (milliseconds), nearest-rank. */
export interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function latencyOf(samples: number[]): Latency {
  if (samples.length === 0) return { count: 0, p50: NaN, p99: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/**
 * Times `run` `times` times after `warmup` untimed calls; milliseconds per call. A slow query stops
 * early once `budgetMs` is spent (at least 5 calls), so one slow case cannot eat the run.
 */
export async function timeCalls(run: () => Promise<unknown>, times: number, warmup = 2, budgetMs = 5_000): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await run();
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < times && (i < 5 || performance.now() < deadline); i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return latencyOf(samples);
}

export const round = (value: number, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
