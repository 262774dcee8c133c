import { logGamma } from './special-functions.js';
import { nelderMead } from './nelder-mead.js';

/**
 * The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie's note
 * "The Gamma-Gamma Model of Monetary Value", 2013): each purchase's spend is Gamma(p, ν) with
 * ν ~ Gamma(q, γ) across customers, independent of the purchase process.
 */
export type GammaGammaParameters = { p: number; q: number; gamma: number };

/** A returning customer: x repeat purchases with mean spend m (> 0). */
export type RepeatSpend = { x: number; m: number };

export function gammaGammaLogLikelihood({ p, q, gamma }: GammaGammaParameters, { x, m }: RepeatSpend): number {
  return (
    logGamma(p * x + q) -
    logGamma(p * x) -
    logGamma(q) +
    q * Math.log(gamma) +
    (p * x - 1) * Math.log(m) +
    p * x * Math.log(x) -
    (p * x + q) * Math.log(gamma + m * x)
  );
}

export type GammaGammaFit = { parameters: GammaGammaParameters; logLikelihood: number; customers: number; iterations: number };

/** The maximum-likelihood parameters over the returning customers with a positive mean spend. */
export function fitGammaGamma(spends: readonly RepeatSpend[]): GammaGammaFit {
  const usable = spends.filter(({ x, m }) => x > 0 && m > 0);
  if (usable.length === 0) throw new RangeError('the Gamma-Gamma model needs at least one returning customer who spent something');
  const parameters = ([p, q, gamma]: number[]) => ({ p: Math.exp(p!), q: Math.exp(q!), gamma: Math.exp(gamma!) });
  const negative = (point: number[]) => {
    const at = parameters(point);
    return -usable.reduce((sum, spend) => sum + gammaGammaLogLikelihood(at, spend), 0);
  };
  const minimum = nelderMead(negative, [0, 0, 0]);
  return { parameters: parameters(minimum.point), logLikelihood: -minimum.value, customers: usable.length, iterations: minimum.iterations };
}

/**
 * E[M | x, m]: the expected spend of a future purchase, a weighted mean of the population's mean
 * pγ/(q-1) and the customer's own mean (the population's alone for a customer without repeats).
 * Undefined (null) when q ≤ 1, where the population mean is infinite.
 */
export function expectedSpend({ p, q, gamma }: GammaGammaParameters, spend: RepeatSpend | null): number | null {
  if (q <= 1) return null;
  if (!spend || spend.x === 0) return (p * gamma) / (q - 1);
  return (p * (gamma + spend.x * spend.m)) / (p * spend.x + q - 1);
}
