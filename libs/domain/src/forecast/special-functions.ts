/**
 * The special functions the purchase models need, written out so their accuracy is visible:
 * likelihoods are summed over thousands of customers in log space, where Γ of large arguments
 * would overflow long before its logarithm loses precision.
 */

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for positive arguments.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  // Γ(x) = Γ(x + 1) / x keeps the approximation where it is most accurate.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(e^x + e^y) without overflow or underflow of either term. */
export function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const high = Math.max(x, y);
  return high + Math.log1p(Math.exp(-Math.abs(x - y)));
}

const MAX_TERMS = 1_000_000;

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, by its series.
 * With those signs every term is positive, so the sum has no cancellation to lose digits to; the
 * ratio of successive terms is computed rather than each term, which would overflow. The series
 * slows as z nears 1 (a long horizon for a customer seen briefly), hence the generous cap, which
 * is reported rather than silently returning a partial sum.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0)) throw new RangeError(`hyp2f1 needs positive a, b, c (got ${a}, ${b}, ${c})`);
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 ≤ z < 1 (got ${z})`);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    // Past the peak the terms shrink at least geometrically (ratio → z), so the rest is bounded.
    const ratio = ((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2));
    if (ratio < 1 && term / (1 - ratio) <= sum * 1e-16) return sum;
  }
  throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) did not converge in ${MAX_TERMS} terms`);
}
