/**
 * The thresholds the lifecycle stages are decided by; docs/lifecycle.md explains each. Durations
 * are whole days, money is minor units of the purchase's own currency (no conversion: a customer
 * buying in two currencies is measured in each, and the best one counts).
 */
export interface LifecycleRules {
  /** A lead nobody reached within this many days of its capture is lost. */
  leadLapseDays: number;
  /** Answered touches within this many days count as interest signals of a prospect. */
  interestWindowDays: number;
  /** This many answered touches within the interest window, the last one recent, make a prospect probable. */
  probableReplies: number;
  /** "Recent" for the last answered touch of a probable prospect. */
  recentReplyDays: number;
  /** A prospect with no interest signal (answered touch, deal move) for this many days is lost. */
  prospectLapseDays: number;
  /** A customer with no purchase or won deal for this many days is lost. */
  purchaseLapseDays: number;
  /** Revenue, margin and repeat purchases are measured over this many days. */
  valueWindowDays: number;
  /** This many purchases within the value window make a repeat buyer: captive. */
  captivePurchases: number;
  /** Revenue (minor units) within the value window from which a customer is high-value. */
  highValueRevenue: number;
  /** Margin (revenue minus cost, minor units) within the value window from which a customer is high-value. */
  highValueMargin: number;
}

export const defaultLifecycleRules: Readonly<LifecycleRules> = Object.freeze({
  leadLapseDays: 90,
  interestWindowDays: 90,
  probableReplies: 2,
  recentReplyDays: 30,
  prospectLapseDays: 180,
  purchaseLapseDays: 365,
  valueWindowDays: 365,
  captivePurchases: 3,
  highValueRevenue: 500_000,
  highValueMargin: 150_000,
});

export const DAY_MS = 86_400_000;

export const days = (count: number): number => count * DAY_MS;
