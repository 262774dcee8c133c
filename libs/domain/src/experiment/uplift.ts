/**
 * Treated against control, with 95 % confidence intervals:
 * - a share (responded, purchased): difference of proportions, normal approximation with the
 *   unpooled (Wald) standard error √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂);
 * - a mean (revenue per customer): Welch's t interval, variances not assumed equal, degrees of
 *   freedom by Welch–Satterthwaite.
 * An interval is null when a group is too small to have one (no customers; fewer than two for a mean).
 */
export type Interval = { low: number; high: number };
export type ProportionUplift = { treated: number; control: number; uplift: number | null; ci95: Interval | null };
export type MeanUplift = ProportionUplift & { degreesOfFreedom: number | null };

const Z_975 = 1.959963984540054;
/** Student's t at 0.975 for 1–30 degrees of freedom; beyond, the Cornish–Fisher expansion is within 0.003. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** Fractional degrees of freedom round down: the wider, safer interval. */
export function tQuantile975(degreesOfFreedom: number): number {
  const df = Math.floor(degreesOfFreedom);
  if (df < 1) return Number.POSITIVE_INFINITY;
  if (df <= T_975.length) return T_975[df - 1];
  const z = Z_975;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}

export function proportionUplift(treated: { hits: number; n: number }, control: { hits: number; n: number }): ProportionUplift {
  const p1 = treated.n > 0 ? treated.hits / treated.n : 0;
  const p2 = control.n > 0 ? control.hits / control.n : 0;
  if (treated.n === 0 || control.n === 0) return { treated: p1, control: p2, uplift: null, ci95: null };
  const uplift = p1 - p2;
  const se = Math.sqrt((p1 * (1 - p1)) / treated.n + (p2 * (1 - p2)) / control.n);
  return { treated: p1, control: p2, uplift, ci95: { low: uplift - Z_975 * se, high: uplift + Z_975 * se } };
}

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, variance };
}

export function meanUplift(treated: readonly number[], control: readonly number[]): MeanUplift {
  const [t, c] = [meanAndVariance(treated), meanAndVariance(control)];
  const none = { treated: t.mean, control: c.mean, uplift: null, ci95: null, degreesOfFreedom: null };
  if (treated.length < 2 || control.length < 2) return none;
  const uplift = t.mean - c.mean;
  const [a, b] = [t.variance / treated.length, c.variance / control.length];
  const se = Math.sqrt(a + b);
  // Both groups constant: no spread, the difference is what it is.
  if (se === 0) return { ...none, uplift, ci95: { low: uplift, high: uplift }, degreesOfFreedom: treated.length + control.length - 2 };
  const degreesOfFreedom = (a + b) ** 2 / (a ** 2 / (treated.length - 1) + b ** 2 / (control.length - 1));
  const margin = tQuantile975(degreesOfFreedom) * se;
  return { ...none, uplift, ci95: { low: uplift - margin, high: uplift + margin }, degreesOfFreedom };
}

export type ExperimentGroup = 'treated' | 'control';

/** What one exposure (an automation's firing, a campaign's targeted customer) was followed by within the window. */
export type ExposureOutcome = { group: ExperimentGroup; responded: boolean; purchases: number; revenue: number };

export type GroupComparison = {
  sizes: Record<ExperimentGroup, number>;
  /** Share that bought or answered a promotion. */
  response: ProportionUplift;
  /** Share that bought. */
  purchases: ProportionUplift;
  /** Net revenue per exposure. */
  revenue: MeanUplift;
};

export const UPLIFT_METHOD = 'difference of proportions with a normal-approximation (Wald) 95% CI; revenue: difference of means with Welch’s t 95% CI';

/** Treated against control over every exposure: response, purchases and revenue with their uplift and interval. */
export function compareGroups(outcomes: readonly ExposureOutcome[]): GroupComparison {
  const [treated, control] = [outcomes.filter((each) => each.group === 'treated'), outcomes.filter((each) => each.group === 'control')];
  const share = (pick: (each: ExposureOutcome) => boolean) =>
    proportionUplift({ hits: treated.filter(pick).length, n: treated.length }, { hits: control.filter(pick).length, n: control.length });
  return {
    sizes: { treated: treated.length, control: control.length },
    response: share((each) => each.responded),
    purchases: share((each) => each.purchases > 0),
    revenue: meanUplift(
      treated.map((each) => each.revenue),
      control.map((each) => each.revenue),
    ),
  };
}
