/**
 * Nelder–Mead simplex minimisation. The models have three or four parameters and smooth
 * likelihoods, so a derivative-free method is enough and keeps the code free of a numerical
 * dependency; fits run it over log-parameters, which keeps every parameter positive.
 */
export type Minimum = { point: number[]; value: number; iterations: number };

export type NelderMeadOptions = { step?: number; tolerance?: number; maxIterations?: number; restarts?: number };

function simplexMinimum(f: (x: number[]) => number, start: number[], step: number, tolerance: number, maxIterations: number): Minimum {
  const n = start.length;
  const points = [start, ...start.map((_, i) => start.map((value, j) => (i === j ? value + step : value)))];
  const values = points.map((point) => f(point));
  const combine = (from: number[], to: number[], t: number) => from.map((value, i) => value + t * (to[i]! - value));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
    const sortedPoints = order.map((i) => points[i]!);
    const sortedValues = order.map((i) => values[i]!);
    points.splice(0, points.length, ...sortedPoints);
    values.splice(0, values.length, ...sortedValues);
    // Converged when the simplex's values agree to `tolerance` (relative): the log-likelihood then
    // moves less than its last printed digit, and parameters far less than their published ones.
    if (values[n]! - values[0]! <= tolerance * (Math.abs(values[0]!) + tolerance)) break;

    const centroid = points[0]!.map((_, i) => points.slice(0, n).reduce((sum, point) => sum + point[i]!, 0) / n);
    const worst = points[n]!;
    const reflected = combine(centroid, worst, -1);
    const reflectedValue = f(reflected);
    if (reflectedValue < values[0]!) {
      const expanded = combine(centroid, worst, -2);
      const expandedValue = f(expanded);
      [points[n], values[n]] = expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
    } else if (reflectedValue < values[n - 1]!) {
      [points[n], values[n]] = [reflected, reflectedValue];
    } else {
      const outside = reflectedValue < values[n]!;
      const contracted = combine(centroid, outside ? reflected : worst, 0.5);
      const contractedValue = f(contracted);
      if (contractedValue < Math.min(reflectedValue, values[n]!)) {
        [points[n], values[n]] = [contracted, contractedValue];
      } else {
        for (let i = 1; i <= n; i++) {
          points[i] = combine(points[0]!, points[i]!, 0.5);
          values[i] = f(points[i]!);
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { point: points[best]!, value: values[best]!, iterations };
}

/**
 * The minimum of `f` from `start`. The simplex is restarted around each result until a restart
 * no longer improves it: a simplex can collapse early on a long, narrow valley, which restarting
 * detects. Non-finite values count as +∞, so the search backs away from where `f` is undefined.
 */
export function nelderMead(f: (x: number[]) => number, start: number[], options: NelderMeadOptions = {}): Minimum {
  const { step = 0.5, tolerance = 1e-12, maxIterations = 20_000, restarts = 10 } = options;
  const finite = (x: number[]) => {
    const value = f(x);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let best = simplexMinimum(finite, start, step, tolerance, maxIterations);
  let iterations = best.iterations;
  for (let restart = 0; restart < restarts; restart++) {
    const next = simplexMinimum(finite, best.point, step / 10, tolerance, maxIterations);
    iterations += next.iterations;
    const improved = best.value - next.value > tolerance * (Math.abs(best.value) + tolerance);
    if (next.value < best.value) best = next;
    if (!improved) break;
  }
  return { ...best, iterations };
}
