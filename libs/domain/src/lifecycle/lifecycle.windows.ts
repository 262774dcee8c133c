import type { LifecycleFacts, MoneyFact } from './lifecycle.facts.js';
import { days, type LifecycleRules } from './lifecycle.rules.js';

/** What the grades read from the windowed facts at one instant. */
export interface WindowedMeasures {
  /** Answered touches within the interest window. */
  replies: number;
  /** Purchases (not cancellations) within the value window. */
  purchases: number;
  /** Revenue or margin within the value window reaches its threshold in some currency. */
  highValue: boolean;
}

type Totals = { revenue: number; margin: number };

/**
 * The windowed measures of one set of facts at instants that never go back. Facts only leave their
 * windows as time passes, each once, so asking at every boundary of a customer (nextLifecycleChange)
 * costs one pass over its facts instead of one per boundary. Amounts are integers, so taking a fact
 * back out of a total gives exactly the total without it.
 */
export class LifecycleWindows {
  private readonly money: MoneyFact[];
  private readonly totals = new Map<string, Totals>();
  private moneyFrom = 0;
  private repliesFrom = 0;
  private purchases = 0;
  private now = -Infinity;

  constructor(
    private readonly facts: LifecycleFacts,
    private readonly rules: LifecycleRules,
  ) {
    this.money = [...facts.money].sort((a, b) => a.at - b.at);
    for (const fact of this.money) this.count(fact, 1);
  }

  at(now: number): WindowedMeasures {
    if (now < this.now) throw new Error('lifecycle windows only move forward in time');
    this.now = now;
    const valueFrom = now - days(this.rules.valueWindowDays);
    while (this.moneyFrom < this.money.length && this.money[this.moneyFrom].at <= valueFrom) this.count(this.money[this.moneyFrom++], -1);
    const interestFrom = now - days(this.rules.interestWindowDays);
    // Replies are kept oldest first.
    while (this.repliesFrom < this.facts.replies.length && this.facts.replies[this.repliesFrom] <= interestFrom) this.repliesFrom++;
    return {
      replies: this.facts.replies.length - this.repliesFrom,
      purchases: this.purchases,
      highValue: [...this.totals.values()].some((total) => total.revenue >= this.rules.highValueRevenue || total.margin >= this.rules.highValueMargin),
    };
  }

  private count(fact: MoneyFact, sign: 1 | -1): void {
    const total = this.totals.get(fact.currency) ?? { revenue: 0, margin: 0 };
    total.revenue += sign * fact.amount;
    total.margin += sign * (fact.margin ?? 0);
    this.totals.set(fact.currency, total);
    if (fact.purchase) this.purchases += sign;
  }
}
