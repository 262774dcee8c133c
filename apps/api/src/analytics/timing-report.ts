import type { BucketMoneyRow } from '#crm/projections';
import { moneyTotals, type MoneyTotals } from './money-totals.js';

export interface TimingFigures {
  purchases: number;
  /** Purchases before anything was taken back. */
  grossSales: MoneyTotals;
  /** Cancellations and returns, positive. */
  returns: MoneyTotals;
  /** grossSales − returns. */
  revenue: MoneyTotals;
  wonDeals: number;
  wonAmount: MoneyTotals;
}

type Bucket = Pick<BucketMoneyRow, 'weekday' | 'hour' | 'month'>;

/** Sales and won deals side by side per bucket, in bucket order. */
export function timingReport<B extends Partial<Bucket>>(
  sales: BucketMoneyRow[],
  won: BucketMoneyRow[],
  bucketOf: (row: BucketMoneyRow) => B,
): (B & TimingFigures)[] {
  const lines = new Map<string, B & TimingFigures>();
  const lineFor = (row: BucketMoneyRow) => {
    const bucket = bucketOf(row);
    const id = JSON.stringify(bucket);
    if (!lines.has(id)) lines.set(id, { ...bucket, purchases: 0, grossSales: [], returns: [], revenue: [], wonDeals: 0, wonAmount: [] });
    return lines.get(id)!;
  };
  for (const row of sales) {
    const line = lineFor(row);
    line.purchases += Number(row.count);
    line.revenue = addTotals(line.revenue, row);
    line.grossSales = addTotals(line.grossSales, { currency: row.currency, amount: row.gross });
    line.returns = addTotals(line.returns, { currency: row.currency, amount: row.returned });
  }
  for (const row of won) {
    const line = lineFor(row);
    line.wonDeals += Number(row.count);
    line.wonAmount = addTotals(line.wonAmount, row);
  }
  return [...lines.values()].sort((a, b) => compareBuckets(a, b));
}

function addTotals(totals: MoneyTotals, row: { currency: string; amount: string | null }): MoneyTotals {
  return moneyTotals([...totals.map(({ currency, minor }) => ({ currency, amount: minor })), row]);
}

function compareBuckets(a: Partial<Bucket>, b: Partial<Bucket>): number {
  return (a.weekday ?? 0) - (b.weekday ?? 0) || (a.hour ?? 0) - (b.hour ?? 0) || (a.month ?? '').localeCompare(b.month ?? '');
}
