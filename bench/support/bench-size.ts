export type BenchSize = 'quick' | 'medium' | 'full';

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
  /** Customers who only register, all members of one segment: case 6 pages it at a business time (quick: BENCH_COHORT, or 2,000). */
  cohortCustomers: number;
  /** Case 3: touches in the generated CSV. */
  importTouches: number;
  /** Case 5: seconds at 1,000 events/s. */
  liveSeconds: number;
  /** Case 6: timed calls per query. */
  queryCalls: number;
  /** Case 10: timed navigations to the customer page. */
  pageNavigations: number;
}

/**
 * Quick: a smoke run of every case, under 2 minutes on the 2 shared cores (build included); its
 * figures show direction, not level. Full: the sizes of the targets — a 1,000,000-event log (the
 * generator's customers plus the heavy one), then a 100,000-member segment of customers who only
 * register, and a 1,000,000-touch import — under 15 minutes (17 with the segment's customers).
 * Medium: a 153,000-event log (5,000 customers) to compare a change's per-projection rebuild times
 * in a few minutes where full size takes half an hour on the shared cores.
 */
export function sizeParameters(size: BenchSize): SizeParameters {
  if (size === 'full') {
    return { size, appendSeconds: 5, appendRounds: 3, customers: 33_000, logEvents: 990_000, heavyCustomerEvents: 10_000, cohortCustomers: 100_000, importTouches: 1_000_000, liveSeconds: 60, queryCalls: 200, pageNavigations: 50 };
  }
  if (size === 'medium') {
    return { size, appendSeconds: 2, appendRounds: 2, customers: 5_000, logEvents: 150_000, heavyCustomerEvents: 1_000, cohortCustomers: 2_000, importTouches: 100_000, liveSeconds: 10, queryCalls: 50, pageNavigations: 20 };
  }
  return { size, appendSeconds: 0.75, appendRounds: 2, customers: 200, logEvents: 5_000, heavyCustomerEvents: 1_000, cohortCustomers: Number(process.env.BENCH_COHORT ?? 2_000), importTouches: 10_000, liveSeconds: 3, queryCalls: 15, pageNavigations: 20 };
}

export function parseSize(argv: readonly string[]): BenchSize {
  const index = argv.indexOf('--size');
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length);
  if (value === undefined) return 'quick';
  if (value !== 'quick' && value !== 'medium' && value !== 'full') throw new Error(`--size must be quick, medium or full, not ${value}`);
  return value;
}
