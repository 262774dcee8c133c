import { hyp2f1, logAddExp, logBeta, logGamma } from './special-functions.js';
import { nelderMead } from './nelder-mead.js';
import type { PurchaseHistory } from './purchase-history.js';

/**
 * The BG/NBD model (Fader, Hardie & Lee, "Counting Your Customers the Easy Way", Marketing
 * Science 2005): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each
 * purchase it drops out with probability p ~ Beta(a, b). Time is in weeks.
 */
export type BgNbdParameters = { r: number; alpha: number; a: number; b: number };

type Counts = Pick<PurchaseHistory, 'x' | 'tx' | 'T'>;

/** The part of every customer's log-likelihood that depends on the parameters alone. */
const cohortTerm = ({ r, alpha, a, b }: BgNbdParameters) => -logGamma(r) + r * Math.log(alpha) - logBeta(a, b);

function customerTerm({ r, alpha, a, b }: BgNbdParameters, { x, tx, T }: Counts): number {
  const common = logGamma(r + x) + logBeta(a, b + x);
  const aliveThroughT = -(r + x) * Math.log(alpha + T);
  if (x === 0) return common + aliveThroughT;
  // The customer dropped out right after the last purchase: B(a+1, b+x-1)/B(a, b+x) = a/(b+x-1).
  const droppedAtTx = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(aliveThroughT, droppedAtTx);
}

/** One customer's log-likelihood (equation 6 of the paper, in log space). */
export function bgNbdLogLikelihood(parameters: BgNbdParameters, history: Counts): number {
  return cohortTerm(parameters) + customerTerm(parameters, history);
}

/** A history together with how many customers share it: fits group identical histories. */
type Weighted<T> = { history: T; count: number };

function groupHistories<T extends Counts>(histories: readonly T[], key: (history: T) => string): Weighted<T>[] {
  const groups = new Map<string, Weighted<T>>();
  for (const history of histories) {
    const id = key(history);
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { history, count: 1 });
  }
  return [...groups.values()];
}

export type BgNbdFit = { parameters: BgNbdParameters; logLikelihood: number; customers: number; iterations: number };

/** The maximum-likelihood parameters for a cohort's histories. */
export function fitBgNbd(histories: readonly Counts[]): BgNbdFit {
  if (histories.length === 0) throw new RangeError('the BG/NBD model needs at least one customer with a purchase');
  const groups = groupHistories(histories, ({ x, tx, T }) => `${x}:${tx}:${T}`);
  const parameters = ([r, alpha, a, b]: number[]) => ({ r: Math.exp(r!), alpha: Math.exp(alpha!), a: Math.exp(a!), b: Math.exp(b!) });
  const negative = (point: number[]) => {
    const p = parameters(point);
    return -(histories.length * cohortTerm(p) + groups.reduce((sum, { history, count }) => sum + count * customerTerm(p, history), 0));
  };
  const minimum = nelderMead(negative, [0, 0, 0, 0]);
  return { parameters: parameters(minimum.point), logLikelihood: -minimum.value, customers: histories.length, iterations: minimum.iterations };
}

/** P(alive | x, t_x, T): the chance the customer has not dropped out by T. */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParameters, { x, tx, T }: Counts): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: purchases expected in the next t weeks (equation 10 of the paper). The
 * hypergeometric term's argument t/(α+T+t) stays below 1 for every finite horizon.
 */
export function expectedPurchases(parameters: BgNbdParameters, history: Counts, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = parameters;
  const { x, T } = history;
  const c = a + b + x - 1;
  const decay = Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)));
  const hypergeometric = hyp2f1(r + x, b + x, c, t / (alpha + T + t));
  // (1 - decay·₂F₁)/(a - 1) changes sign with a - 1; together they stay positive.
  return (c / (a - 1)) * (1 - decay * hypergeometric) * probabilityAlive(parameters, history);
}
