import { expectedPurchases, probabilityAlive, type BgNbdParameters } from './bg-nbd.js';
import { expectedSpend, type GammaGammaParameters } from './gamma-gamma.js';
import { DAYS_PER_WEEK, type PurchaseHistory } from './purchase-history.js';

export type ForecastModel = { bgNbd: BgNbdParameters; gammaGamma: GammaGammaParameters | null };

export type ForecastHorizon = {
  /** Expected purchases are over the next `days`. */
  days: number;
  /** CLV is over the next `clvDays`, each period's value discounted at `annualDiscountRate`. */
  clvDays: number;
  annualDiscountRate: number;
};

export type CustomerForecast = {
  probabilityAlive: number;
  expectedPurchases: number;
  /** Expected spend of one future purchase, in minor units; null when the spend model is unknown. */
  expectedSpend: number | null;
  /** Customer lifetime value over the horizon, in minor units (discounted); null likewise. */
  clv: number | null;
};

/** CLV is summed over periods of this many days, each discounted at its end. */
const CLV_PERIOD_DAYS = 30;

/**
 * CLV = Σ over periods k of (E[purchases by the end of k] − E[purchases by the end of k−1]) ×
 * expected spend ÷ (1 + d)^(years to the end of k): the standard discrete form (as in Fader,
 * Hardie & Lee's "RFM and CLV", with the purchase count from the BG/NBD model).
 */
export function customerLifetimeValue(model: BgNbdParameters, history: PurchaseHistory, spend: number, clvDays: number, annualDiscountRate: number): number {
  let value = 0;
  let before = 0;
  for (let end = Math.min(CLV_PERIOD_DAYS, clvDays); ; end = Math.min(end + CLV_PERIOD_DAYS, clvDays)) {
    const by = expectedPurchases(model, history, end / DAYS_PER_WEEK);
    value += ((by - before) * spend) / (1 + annualDiscountRate) ** (end / 365);
    before = by;
    if (end >= clvDays) return value;
  }
}

/** What the models say of one customer whose history runs to now. */
export function customerForecast(model: ForecastModel, history: PurchaseHistory, horizon: ForecastHorizon): CustomerForecast {
  const spend = model.gammaGamma && expectedSpend(model.gammaGamma, history.meanRepeatSpend === null ? null : { x: history.x, m: history.meanRepeatSpend });
  return {
    probabilityAlive: probabilityAlive(model.bgNbd, history),
    expectedPurchases: expectedPurchases(model.bgNbd, history, horizon.days / DAYS_PER_WEEK),
    expectedSpend: spend ?? null,
    clv: spend == null ? null : customerLifetimeValue(model.bgNbd, history, spend, horizon.clvDays, horizon.annualDiscountRate),
  };
}
