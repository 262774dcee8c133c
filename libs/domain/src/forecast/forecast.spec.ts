import { describe, expect, it } from '@jest/globals';
import { expectedPurchases, probabilityAlive, type BgNbdParameters } from './bg-nbd.js';
import { customerForecast, customerLifetimeValue } from './customer-forecast.js';
import { expectedSpend } from './gamma-gamma.js';
import { dayOfDate, purchaseHistory } from './purchase-history.js';
import { hyp2f1, logGamma } from './special-functions.js';

// The published CDNOW parameters (weeks).
const cdnow: BgNbdParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/**
 * E[f(p)] for p ~ Beta(a, b), by quadrature and with no special function of the code under test:
 * p = u^(1/a) takes the p^(a−1) singularity out, Simpson's rule does the rest. The integrands here
 * vanish at p = 1 (b is large enough), where f alone may not be defined.
 */
function betaExpectation(f: (p: number) => number, a: number, b: number): number {
  const steps = 200_000;
  const weight = (u: number) => {
    const p = u ** (1 / a);
    return p === 1 ? 0 : (1 - p) ** (b - 1) * f(p);
  };
  const simpson = (g: (u: number) => number) => {
    let sum = g(0) + g(1);
    for (let i = 1; i < steps; i++) sum += (i % 2 === 0 ? 2 : 4) * g(i / steps);
    return sum / (3 * steps);
  };
  return simpson(weight) / simpson((u) => (1 - u ** (1 / a)) ** (b - 1));
}

/**
 * The customer's posterior, as the paper derives it: alive with odds [B(a, b+x) (α+t_x)^(r+x)] :
 * [B(a+1, b+x−1) (α+T)^(r+x)], and while alive λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x). A customer
 * alive with (λ, p) buys (1 − e^(−λpt))/p times in t on average; over λ that is
 * (1 − ((α+T)/(α+T+pt))^(r+x))/p. Both by quadrature over p.
 */
function independently({ r, alpha, a, b }: BgNbdParameters, x: number, tx: number, T: number, t: number) {
  // B(a+1, b+x−1) / B(a, b+x) = E[p/(1−p)] under Beta(a, b+x).
  const deadOdds = x === 0 ? 0 : betaExpectation((p) => p / (1 - p), a, b + x) * ((alpha + T) / (alpha + tx)) ** (r + x);
  const alive = 1 / (1 + deadOdds);
  const whileAlive = betaExpectation((p) => (p === 0 ? ((r + x) * t) / (alpha + T) : (1 - ((alpha + T) / (alpha + T + p * t)) ** (r + x)) / p), a, b + x);
  return { alive, purchases: alive * whileAlive };
}

describe('special functions', () => {
  it('ln Γ matches known values, small and large', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 12);
    // Stirling's series, where Γ itself overflows a double.
    const x = 1000;
    expect(logGamma(x)).toBeCloseTo((x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3), 9);
  });

  it('₂F₁ matches its closed forms, near z = 1 too', () => {
    for (const z of [0, 0.3, 0.9, 0.999]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 10);
      expect(hyp2f1(2.5, 1.5, 1.5, z) / (1 - z) ** -2.5).toBeCloseTo(1, 12);
    }
  });
});

describe('BG/NBD per customer', () => {
  const customers = [
    { x: 0, tx: 0, T: 38.86 },
    { x: 1, tx: 1.71, T: 38.86 },
    { x: 2, tx: 30.43, T: 38.86 },
    { x: 7, tx: 29.43, T: 35.86 },
    { x: 14, tx: 5, T: 32 },
  ];

  it.each(customers)('P(alive) and expected purchases agree with the posterior, integrated independently (%o)', ({ x, tx, T }) => {
    for (const weeks of [4, 39, 260]) {
      const expected = independently(cdnow, x, tx, T, weeks);
      expect(probabilityAlive(cdnow, { x, tx, T })).toBeCloseTo(expected.alive, 8);
      expect(expectedPurchases(cdnow, { x, tx, T }, weeks)).toBeCloseTo(expected.purchases, 6);
    }
  });

  it('a customer whose last purchase is long past is less likely alive than one just seen', () => {
    expect(probabilityAlive(cdnow, { x: 5, tx: 2, T: 38 })).toBeLessThan(probabilityAlive(cdnow, { x: 5, tx: 37, T: 38 }));
  });
});

describe('purchase histories', () => {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const endDay = Math.floor(day('1997-09-30') / 86_400_000);

  it('counts several purchases on one day once, sums their spend, and leaves out what follows the calibration end', () => {
    const history = purchaseHistory(
      [
        { at: day('1997-01-01'), amount: 2933 },
        { at: day('1997-01-18') + 3_600_000, amount: 1000 },
        { at: day('1997-01-18') + 7_200_000, amount: 1973 },
        { at: day('1997-08-02'), amount: 1496 },
        { at: day('1997-12-12'), amount: 2648 },
      ],
      endDay,
    );
    expect(history).toEqual({ x: 2, tx: 213 / 7, T: 272 / 7, meanRepeatSpend: (2973 + 1496) / 2 });
    expect(purchaseHistory([{ at: day('1997-10-01'), amount: 1 }], endDay)).toBeNull();
  });

  it('reads a calibration end as a UTC day, and refuses what is not a date', () => {
    expect(dayOfDate('1997-09-30')).toBe(endDay);
    for (const text of ['1997-02-29', '1997-9-30', '30/09/1997', '1997-09-30T00:00:00Z']) expect(dayOfDate(text)).toBeNull();
  });
});

describe('spend and lifetime value', () => {
  const gammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };

  it('expected spend weighs the population mean against the customer own mean by the repeats seen', () => {
    const population = (6.25 * 15.44) / 2.74;
    expect(expectedSpend(gammaGamma, null)).toBeCloseTo(population, 10);
    const one = expectedSpend(gammaGamma, { x: 1, m: 100 })!;
    const ten = expectedSpend(gammaGamma, { x: 10, m: 100 })!;
    expect(one).toBeGreaterThan(population);
    expect(ten).toBeGreaterThan(one);
    expect(ten).toBeLessThan(100);
    expect(expectedSpend({ ...gammaGamma, q: 1 }, null)).toBeNull();
  });

  it('CLV without discount is expected purchases over the horizon times expected spend, and discounting lowers it', () => {
    const history = { x: 3, tx: 30, T: 38, meanRepeatSpend: 2500 };
    const plain = customerLifetimeValue(cdnow, history, 2000, 365, 0);
    expect(plain).toBeCloseTo(expectedPurchases(cdnow, history, 365 / 7) * 2000, 6);
    expect(customerLifetimeValue(cdnow, history, 2000, 365, 0.1)).toBeLessThan(plain);
    expect(customerLifetimeValue(cdnow, history, 2000, 365, 0.1)).toBeGreaterThan(plain / 1.1);
  });

  it('puts the pieces of one customer together', () => {
    const history = { x: 3, tx: 30, T: 38, meanRepeatSpend: 2500 };
    const forecast = customerForecast({ bgNbd: cdnow, gammaGamma }, history, { days: 90, clvDays: 365, annualDiscountRate: 0.1 });
    expect(forecast).toEqual({
      probabilityAlive: probabilityAlive(cdnow, history),
      expectedPurchases: expectedPurchases(cdnow, history, 90 / 7),
      expectedSpend: expectedSpend(gammaGamma, { x: 3, m: 2500 }),
      clv: customerLifetimeValue(cdnow, history, expectedSpend(gammaGamma, { x: 3, m: 2500 })!, 365, 0.1),
    });
    expect(customerForecast({ bgNbd: cdnow, gammaGamma: null }, history, { days: 90, clvDays: 365, annualDiscountRate: 0 }).clv).toBeNull();
  });
});
