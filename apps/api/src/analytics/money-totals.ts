import { decimalAmount } from '#crm/domain';

/**
 * An amount that states its unit: `minor` in the currency's minor units (pence), `amount` the same
 * in the major unit as exact decimal text (`"2796.95"`, never through a float).
 */
export interface ReportMoney {
  currency: string;
  minor: number;
  amount: string;
}

export const reportMoney = (currency: string, minor: number): ReportMoney => ({ currency, minor, amount: decimalAmount({ amount: minor, currency }) });

/** Sums per ISO 4217 code, one entry per currency in code order. PostgreSQL sums of bigint arrive as text. */
export type MoneyTotals = ReportMoney[];

export function moneyTotals(rows: { currency: string | null; amount: string | number | null }[]): MoneyTotals {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.currency === null || row.amount === null) continue;
    totals.set(row.currency, (totals.get(row.currency) ?? 0) + Number(row.amount));
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => reportMoney(currency, minor));
}
