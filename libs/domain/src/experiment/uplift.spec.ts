import { meanUplift, proportionUplift, tQuantile975 } from './uplift.js';

describe('uplift', () => {
  it('difference of proportions with the Wald interval, computed by hand', () => {
    // 30/100 against 20/100: se = √(0.3·0.7/100 + 0.2·0.8/100) = √0.0037 = 0.0608276
    const result = proportionUplift({ hits: 30, n: 100 }, { hits: 20, n: 100 });
    expect(result.uplift).toBeCloseTo(0.1, 12);
    expect(result.ci95!.low).toBeCloseTo(0.1 - 1.959964 * 0.0608276, 5);
    expect(result.ci95!.high).toBeCloseTo(0.1 + 1.959964 * 0.0608276, 5);
  });

  it('no interval without a control group', () => {
    expect(proportionUplift({ hits: 3, n: 10 }, { hits: 0, n: 0 })).toEqual({ treated: 0.3, control: 0, uplift: null, ci95: null });
    expect(meanUplift([1, 2, 3], [4])).toMatchObject({ uplift: null, ci95: null });
  });

  it('Welch: means, Satterthwaite degrees of freedom and the t interval', () => {
    // treated 1..5: mean 3, variance 2.5; control 2,2,4,4: mean 3, variance 4/3.
    const result = meanUplift([1, 2, 3, 4, 5], [2, 2, 4, 4]);
    const [a, b] = [2.5 / 5, 4 / 3 / 4];
    const df = (a + b) ** 2 / (a ** 2 / 4 + b ** 2 / 3);
    expect(result.uplift).toBe(0);
    expect(result.degreesOfFreedom).toBeCloseTo(df, 10);
    expect(result.ci95!.high).toBeCloseTo(tQuantile975(df) * Math.sqrt(a + b), 10);
    expect(tQuantile975(df)).toBe(2.447); // df ≈ 6.9 rounds down to 6
  });

  it('the t quantile meets the normal one for many degrees of freedom', () => {
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3);
  });
});
