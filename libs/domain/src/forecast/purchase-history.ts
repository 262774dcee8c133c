import { DAY_MS } from '../lifecycle/lifecycle.rules.js';

/**
 * A customer's purchases as the models read them: purchase days (several purchases on one day
 * are one), in weeks, the unit of the published CDNOW parameters.
 */
export const DAYS_PER_WEEK = 7;

/** One purchase: its instant (epoch ms) and its amount in minor units. */
export type DatedAmount = { at: number; amount: number };

/**
 * x repeat purchase days, recency t_x (weeks from the first purchase day to the last) and age T
 * (weeks from the first purchase day to the end of the calibration), and the mean spend of the
 * repeat days (the first day is left out, as the Gamma-Gamma model is fitted on repeat purchases).
 */
export type PurchaseHistory = { x: number; tx: number; T: number; meanRepeatSpend: number | null };

/** The UTC day of an instant, counted from the epoch. */
export const dayOf = (at: number) => Math.floor(at / DAY_MS);

/**
 * The history of one customer up to and including the day `endDay` (a UTC day number), or null
 * when the customer had bought nothing by then.
 */
export function purchaseHistory(purchases: readonly DatedAmount[], endDay: number): PurchaseHistory | null {
  const spendByDay = new Map<number, number>();
  for (const { at, amount } of purchases) {
    const day = dayOf(at);
    if (day <= endDay) spendByDay.set(day, (spendByDay.get(day) ?? 0) + amount);
  }
  if (spendByDay.size === 0) return null;
  const days = [...spendByDay.keys()].sort((a, b) => a - b);
  const first = days[0]!;
  const repeats = days.slice(1);
  const repeatSpend = repeats.reduce((sum, day) => sum + spendByDay.get(day)!, 0);
  return {
    x: repeats.length,
    tx: (days[days.length - 1]! - first) / DAYS_PER_WEEK,
    T: (endDay - first) / DAYS_PER_WEEK,
    meanRepeatSpend: repeats.length === 0 ? null : repeatSpend / repeats.length,
  };
}

/** The UTC day number of a `YYYY-MM-DD` date, or null when it is not one (2026-02-31 is not). */
export function dayOfDate(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const at = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== date ? null : dayOf(at);
}
