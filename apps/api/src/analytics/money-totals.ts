/** Sums in minor units per ISO 4217 code: `{ GBP: 123450 }`. PostgreSQL sums of bigint arrive as text. */
export type MoneyTotals = Record<string, number>;

export function moneyTotals(rows: { currency: string | null; amount: string | number | null }[]): MoneyTotals {
  const totals: MoneyTotals = {};
  for (const row of rows) {
    if (row.currency === null || row.amount === null) continue;
    totals[row.currency] = (totals[row.currency] ?? 0) + Number(row.amount);
  }
  return totals;
}
