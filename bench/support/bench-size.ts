export type BenchSize = 'quick' | 'full';

/** Every knob that differs between a quick run (< 2 min) and a full one (< 15 min). */
export interface SizeParameters {
  size: BenchSize;
  /** Seconds each store writes in cases 1 and 2, per round; rounds alternate the stores. */
  appendSeconds: number;
  appendRounds: number;
  /** Customers and events of the generated log behind cases 4, 5 and 6. */
  customers: number;
  logEvents: number;
  /** Events of the one heavy customer the queries of case 6 read. */
  heavyCustomerEvents: number;
  /** Case 3: touches in the generated CSV. */
  importTouches: number;
  /** Case 5: seconds at 1,000 events/s. */
  liveSeconds: number;
  /** Case 6: timed calls per query. */
  queryCalls: number;
}

export function sizeParameters(size: BenchSize): SizeParameters {
  return size === 'full'
    ? { size, appendSeconds: 5, appendRounds: 4, customers: 20_000, logEvents: 600_000, heavyCustomerEvents: 10_000, importTouches: 1_000_000, liveSeconds: 60, queryCalls: 200 }
    : { size, appendSeconds: 1.5, appendRounds: 3, customers: 1_000, logEvents: 20_000, heavyCustomerEvents: 10_000, importTouches: 20_000, liveSeconds: 10, queryCalls: 30 };
}

export function parseSize(argv: readonly string[]): BenchSize {
  const index = argv.indexOf('--size');
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length);
  if (value === undefined) return 'quick';
  if (value !== 'quick' && value !== 'full') throw new Error(`--size must be quick or full, not ${value}`);
  return value;
}
