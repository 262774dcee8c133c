/**
 * Reconciliation with the shop's books: figures computed from the raw Online Retail CSV with nothing
 * but the file's own arithmetic (quantity × unit price, summed; invoices numbered C... are what was
 * taken back) over the rows that carry a CustomerID, against the CRM's reports after an import with
 * the import library. Exact: amounts are compared in tenths of a penny, never through a float.
 *
 * The slice (the whole file would not fit the CI budget): every row of the customers whose
 * CustomerID ends in 7, about a tenth of them, for the whole year, plus every row of the customers
 * with a price finer than a penny, a free item or an invoice whose lines carry different times. A
 * customer's history is whole, so returns of orders placed before the file are in it, as are the
 * lines the CRM deliberately rounds, invoices of free items only and invoices spanning minutes.
 * RECONCILE_ROWS=all runs the same checks over every row of the file that carries a CustomerID
 * (8 to 16 minutes on a loaded machine: for a release, not for every run).
 *
 * The deliberate differences: a line is rounded to the penny, half away from zero (docs/analytics.md,
 * "Line amounts"), so 1 × £0.001 counts 0 pence where the file's arithmetic adds £0.001; the test
 * shows each figure differs from the file's by exactly the rounding of such lines. And an invoice
 * is one purchase at the time of its first line (docs/import.md), so the time buckets take each
 * line at its invoice's time; the test shows this moves exactly one invoice's last six lines from
 * 12:00 back to 11:00. Invoices of free items only are purchases of £0 in both: no difference.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describeWithData, REAL_DATA } from '#test/support/real-data';
import { importFile, ImportIds, type ImportMapping } from '#crm/import';
import { analyticsProjection } from '../../projections/analytics/index.js';
import { AnalyticsModule } from '../../apps/api/src/analytics/analytics.module.js';
import { startReadModelTestApp, type ReadModelTestApp } from '../../apps/api/src/analytics/testing/read-model-test-app.js';

const RETAIL = join(REAL_DATA, 'online-retail', 'online_retail.csv.gz');
const whole = process.env.RECONCILE_ROWS === 'all';
const SETUP_MS = (whole ? 60 : 10) * 60_000;

type Row = { InvoiceNo: string; StockCode: string; Quantity: string; InvoiceDate: string; UnitPrice: string; CustomerID: string; Country: string };

/** "2.55" → 2550 tenths of a penny, digit by digit (the file's prices have at most three decimals). */
function tenthsOfPenny(price: string): number {
  const [whole, fraction = ''] = price.split('.');
  if (fraction.length > 3) throw new Error(`price ${price} has more than three decimals`);
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
}

/** The file's value of a line, in tenths of a penny, and what the CRM counts for it (rounded to the penny, half away from zero). */
function lineValue(row: Row): { file: number; crm: number } {
  const file = Number(row.Quantity) * tenthsOfPenny(row.UnitPrice);
  const pence = Math.floor((Math.abs(file) + 5) / 10);
  return { file, crm: (file < 0 ? -pence : pence) * 10 };
}

type Figures = { invoices: Set<string>; gross: number; returns: number; grossRounding: number; returnsRounding: number };
const emptyFigures = (): Figures => ({ invoices: new Set(), gross: 0, returns: 0, grossRounding: 0, returnsRounding: 0 });

function add(figures: Figures, row: Row): void {
  const { file, crm } = lineValue(row);
  if (row.InvoiceNo.startsWith('C')) {
    figures.returns -= file;
    figures.returnsRounding -= file - crm;
  } else {
    figures.gross += file;
    figures.grossRounding += file - crm;
    figures.invoices.add(row.InvoiceNo);
  }
}

function tally(rows: Row[], keyOf: (row: Row) => string): Map<string, Figures> {
  const buckets = new Map<string, Figures>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!buckets.has(key)) buckets.set(key, emptyFigures());
    add(buckets.get(key)!, row);
  }
  return buckets;
}

/** What the CRM must answer, in pence: the file's figures less exactly the rounding of the sub-penny lines. */
function expectedPence(figures: Figures) {
  const pence = (tenths: number) => {
    if (tenths % 10 !== 0) throw new Error(`${tenths} tenths of a penny is not a whole number of pence`);
    return tenths / 10;
  };
  const gross = pence(figures.gross - figures.grossRounding);
  const returns = pence(figures.returns - figures.returnsRounding);
  return { purchases: figures.invoices.size, grossSales: gross, returns, revenue: gross - returns };
}

interface TimingLine {
  weekday?: number;
  hour?: number;
  month?: string;
  purchases: number;
  grossSales: Money[];
  returns: Money[];
  revenue: Money[];
}

type Money = { currency: string; minor: number; amount: string };

/** Pence, after checking that the decimal amount says the same. */
const penceOf = (money: Money | undefined) => {
  if (money === undefined) return 0;
  expect(money).toEqual({ currency: 'GBP', minor: money.minor, amount: (money.minor / 100).toFixed(2) });
  return money.minor;
};

const gbp = (totals: Money[]) => penceOf(totals.find((money) => money.currency === 'GBP'));

const answeredPence = (line: TimingLine) => ({
  purchases: line.purchases,
  grossSales: gbp(line.grossSales),
  returns: gbp(line.returns),
  revenue: gbp(line.revenue),
});

type Group = { key: string; currency: string; customers: number; purchases: number; grossSales: Money; returns: Money; revenue: Money };

const groupFigures = ({ key, customers, purchases, grossSales, returns, revenue }: Group) =>
  [key, { customers, purchases, grossSales: penceOf(grossSales), returns: penceOf(returns), revenue: penceOf(revenue) }] as const;

describeWithData('Online Retail reconciled with the file, to the penny', ['online-retail'], () => {
  const ids = new ImportIds('online-retail');
  let api: ReadModelTestApp;
  let folder: string;
  let rows: Row[];
  /** An invoice's time: its first line's, as the import records it (one purchase, one time). */
  let invoiceTime: Map<string, string>;
  const timeOf = (row: Row) => invoiceTime.get(row.InvoiceNo)!;
  // InvoiceDate is the shop's clock in London, so the local date and hour are read off the text.
  const weekdayOf = (time: string) => String(new Date(`${time.slice(0, 10)}T00:00:00Z`).getUTCDay() || 7);
  const hourOf = (time: string) => String(Number(time.slice(11, 13)));

  beforeAll(async () => {
    api = await startReadModelTestApp('retail_reconciliation', [AnalyticsModule], [analyticsProjection]);
    folder = mkdtempSync(join(tmpdir(), 'crm-reconcile-'));
    const text = gunzipSync(readFileSync(RETAIL)).toString('utf8');
    const all = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
    const firstTimes = new Map<string, string>();
    for (const row of all) if (!firstTimes.has(row.InvoiceNo)) firstTimes.set(row.InvoiceNo, row.InvoiceDate);
    const isUnusual = (row: Row) => /\.\d\d[1-9]/.test(row.UnitPrice) || Number(row.UnitPrice) === 0 || row.InvoiceDate !== firstTimes.get(row.InvoiceNo);
    const unusual = new Set(all.filter((row) => row.CustomerID !== '' && isUnusual(row)).map((row) => row.CustomerID));
    rows = all.filter((row) => row.CustomerID !== '' && (whole || row.CustomerID.endsWith('7') || unusual.has(row.CustomerID)));
    invoiceTime = firstTimes;
    const header = text.slice(0, text.indexOf('\n'));
    const quote = (value: string) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const body = rows.map((row) => Object.values(row).map(quote).join(','));
    const file = join(folder, 'online-retail-slice.csv');
    writeFileSync(file, [header, ...body].join('\n'));
    const mapping = JSON.parse(readFileSync('mappings/online-retail.json', 'utf8')) as ImportMapping;
    const summary = await importFile({ store: api.store, file, kind: 'touches', mapping, now: new Date('2025-01-01T00:00:00Z') });
    // Nothing a business would record is refused: every row of the slice lands.
    expect(summary.badRows).toEqual([]);
    await api.caughtUp();
  }, SETUP_MS);

  afterAll(async () => {
    await api?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('differs from the file only by the rounding of the lines priced below a penny, and only there', () => {
    const total = tally(rows, () => 'all').get('all')!;
    const subPennyLines = rows.filter((row) => lineValue(row).file % 10 !== 0);
    expect(subPennyLines.length).toBeGreaterThan(0);
    expect(subPennyLines.map((row) => row.UnitPrice)).toEqual(subPennyLines.map(() => '0.001'));
    expect(total.grossRounding + total.returnsRounding).toBe(subPennyLines.reduce((sum, row) => sum + lineValue(row).file - lineValue(row).crm, 0));
    expect(total.grossRounding).toBe(subPennyLines.length);
    // Invoices of free items only are in the slice, and count in both as purchases of nothing.
    const invoiceValues = tally(rows, (row) => row.InvoiceNo);
    const free = [...invoiceValues].filter(([invoice, figures]) => !invoice.startsWith('C') && figures.gross === 0);
    expect(free.length).toBeGreaterThan(0);
    expect(free.every(([, figures]) => figures.grossRounding === 0)).toBe(true);
  });

  it('puts an invoice at the time of its first line, where a sum per line would move one invoice’s last six lines to the next hour', () => {
    // Some invoices carry lines a minute apart; only one crosses an hour (or a day, or a month):
    // 549245, 28 lines at 11:59 and six (£27.35) at 12:00. It is one purchase, at 11:59.
    const later = rows.filter((row) => row.InvoiceDate !== timeOf(row));
    expect(new Set(later.map((row) => row.InvoiceNo)).size).toBeGreaterThan(1);
    const acrossHours = later.filter((row) => row.InvoiceDate.slice(0, 13) !== timeOf(row).slice(0, 13));
    expect([...new Set(acrossHours.map((row) => row.InvoiceNo))]).toEqual(['549245']);
    expect(acrossHours.reduce((sum, row) => sum + lineValue(row).file, 0)).toBe(27_350);
  });

  it('gives the gross sales, returns, net revenue and invoices of every month, weekday and hour in shop time', async () => {
    const response = await api.get('/analytics/timing?tz=Europe/London');
    expect(response.statusCode).toBe(200);
    const timing = response.json();
    const expected = (keyOf: (row: Row) => string) => Object.fromEntries([...tally(rows, keyOf)].map(([key, figures]) => [key, expectedPence(figures)]));
    const answered = (lines: TimingLine[], keyOf: (line: TimingLine) => string) => Object.fromEntries(lines.map((line) => [keyOf(line), answeredPence(line)]));

    expect(answered(timing.byMonth, (line) => line.month!)).toEqual(expected((row) => timeOf(row).slice(0, 7)));
    expect(answered(timing.byWeekday, (line) => String(line.weekday))).toEqual(expected((row) => weekdayOf(timeOf(row))));
    expect(answered(timing.byHour, (line) => String(line.hour))).toEqual(expected((row) => hourOf(timeOf(row))));
    expect(answered(timing.byWeekdayHour, (line) => `${line.weekday}/${line.hour}`)).toEqual(
      expected((row) => `${weekdayOf(timeOf(row))}/${hourOf(timeOf(row))}`),
    );
  });

  it('gives the buyers, invoices, gross sales, returns and net revenue of every country (the country on the invoice)', async () => {
    const response = await api.get('/analytics/revenue?by=attribute:country&currency=GBP');
    expect(response.statusCode).toBe(200);
    const answered = Object.fromEntries(response.json().groups.map(groupFigures));
    const buyersIn = (country: string) =>
      new Set(rows.filter((row) => row.Country === country && !row.InvoiceNo.startsWith('C')).map((row) => row.CustomerID)).size;
    const expected = Object.fromEntries(
      [...tally(rows, (row) => row.Country)].map(([country, figures]) => [country, { customers: buyersIn(country), ...expectedPence(figures) }]),
    );
    expect(answered).toEqual(expected);
  });

  it('gives the buyers, invoices, gross sales, returns and net revenue of every stock code', async () => {
    const response = await api.get('/analytics/revenue?by=sku&currency=GBP');
    expect(response.statusCode).toBe(200);
    const answered = Object.fromEntries(response.json().groups.map(groupFigures));
    // The CRM keeps a SKU as text without surrounding spaces.
    const skuOf = (row: Row) => row.StockCode.trim();
    const buyers = new Map<string, Set<string>>();
    for (const row of rows.filter((line) => !line.InvoiceNo.startsWith('C'))) buyers.set(skuOf(row), (buyers.get(skuOf(row)) ?? new Set()).add(row.CustomerID));
    const expected = Object.fromEntries(
      [...tally(rows, skuOf)].map(([sku, figures]) => [sku, { customers: buyers.get(sku)?.size ?? 0, ...expectedPence(figures) }]),
    );
    expect(answered).toEqual(expected);
  });

  it('counts the customers who bought and those who brought goods back, and ranks the top 20 by net revenue', async () => {
    const response = await api.get('/analytics/customers?currency=GBP&limit=20');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    const buyers = new Set(rows.filter((row) => !row.InvoiceNo.startsWith('C')).map((row) => row.CustomerID));
    const returners = new Set(rows.filter((row) => row.InvoiceNo.startsWith('C')).map((row) => row.CustomerID));
    expect(report.buyers).toEqual({ GBP: buyers.size });
    expect(report.returners).toEqual({ GBP: returners.size });

    const byCustomer = [...tally(rows, (row) => row.CustomerID)].filter(([customer]) => buyers.has(customer));
    const top = byCustomer
      .map(([customer, figures]) => ({ customerId: ids.customer(customer), ...expectedPence(figures) }))
      .sort((a, b) => b.revenue - a.revenue || a.customerId.localeCompare(b.customerId))
      .slice(0, 20);
    expect(
      report.customers.map((line: { customerId: string; revenue: Money; purchases: number }) => ({
        customerId: line.customerId,
        revenue: penceOf(line.revenue),
        purchases: line.purchases,
      })),
    ).toEqual(top.map(({ customerId, revenue, purchases }) => ({ customerId, revenue, purchases })));
  });
});
