import type { DealCountRow, KeyedAmountRow, TouchCountRow } from '#crm/projections';
import { moneyTotals, type MoneyTotals } from './money-totals.js';

export interface SalesFigures {
  /** Null gathers deals without the value grouped by (no product, no such attribute). */
  key: string | null;
  rank: number;
  touches: number;
  /** Time on calls with the customers, in seconds. */
  callSeconds: number;
  opportunitiesOpened: number;
  won: number;
  lost: number;
  /** won / (won + lost) among deals closed in the period; null when none closed. */
  winRate: number | null;
  wonAmount: MoneyTotals;
  /** Over deals won in the period, from opening to winning. */
  averageDaysToClose: number | null;
}

/**
 * One line per salesperson (or manager, or region), ranked by deals won, then win rate: counts
 * compare across currencies where amounts do not.
 */
export function salesReport(deals: DealCountRow[], amounts: KeyedAmountRow[], touches: TouchCountRow[]): SalesFigures[] {
  const keys = new Set([...deals, ...amounts, ...touches].map((row) => row.key));
  const lines = [...keys].map((key) => {
    const deal = deals.find((row) => row.key === key);
    const won = Number(deal?.won ?? 0);
    const lost = Number(deal?.lost ?? 0);
    const days = deal?.average_days_to_close;
    const touchRow = touches.find((row) => row.key === key);
    return {
      key,
      rank: 0,
      touches: Number(touchRow?.count ?? 0),
      callSeconds: Number(touchRow?.call_seconds ?? 0),
      opportunitiesOpened: Number(deal?.opened ?? 0),
      won,
      lost,
      winRate: won + lost === 0 ? null : won / (won + lost),
      wonAmount: moneyTotals(amounts.filter((row) => row.key === key)),
      averageDaysToClose: days === null || days === undefined ? null : Math.round(Number(days) * 100) / 100,
    };
  });
  lines.sort((a, b) => b.won - a.won || (b.winRate ?? -1) - (a.winRate ?? -1) || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
  return lines.map((line, index) => ({ ...line, rank: index + 1 }));
}
