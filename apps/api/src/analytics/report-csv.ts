import type { StreamableFile } from '@nestjs/common';
import { decimalAmount } from '#crm/domain';
import type { CsvColumn } from '../audit/export/csv.js';
import { exportResponse } from '../audit/export/export-response.js';

type Row = Record<string, unknown>;

/**
 * Which fields of a report's rows are money: either minor units in the row's `currency`, or totals
 * per currency (`{ "GBP": 123450 }`). Per report: `returns` is money in one and a count in another.
 */
type MoneyFields = ReadonlySet<string>;

/** Money as `{ currency: minor units }` whichever way the row holds it; a null margin is in no currency. */
function moneyOf(row: Row, field: string): Record<string, number> {
  const value = row[field];
  if (typeof value === 'number') return { [row.currency as string]: value };
  if (value === null && typeof row.currency === 'string') return { [row.currency]: Number.NaN };
  return value !== null && typeof value === 'object' ? (value as Record<string, number>) : {};
}

/** Nested objects other than money (rfm, responses) become `rfm.recency`...; the `section` comes first. */
function flatten(row: Row, moneyFields: MoneyFields, prefix = ''): Row {
  return Object.fromEntries(
    Object.entries(row).flatMap(([name, value]) =>
      value !== null && typeof value === 'object' && !moneyFields.has(name)
        ? Object.entries(flatten(value as Row, moneyFields, `${prefix}${name}.`))
        : [[`${prefix}${name}`, value]],
    ),
  );
}

/**
 * The columns of a report's rows, in the order their fields first appear. Each money field becomes
 * one column per currency in the report, named `revenue GBP` and holding decimal amounts (`2796.95`),
 * so the header states the unit; a row's cell is empty in a currency it has nothing in.
 */
export function reportColumns(rows: Row[], moneyFields: MoneyFields): CsvColumn<Row>[] {
  const fields = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      const currencies = fields.get(name) ?? new Set<string>();
      if (moneyFields.has(name)) for (const currency of Object.keys(moneyOf(row, name))) currencies.add(currency);
      fields.set(name, currencies);
    }
  }
  return [...fields].flatMap(([name, currencies]): CsvColumn<Row>[] =>
    moneyFields.has(name)
      ? [...currencies].sort().map((currency) => ({ header: `${name} ${currency}`, value: (line) => money(moneyOf(line, name)[currency], currency) }))
      : [{ header: name, value: (line) => cellOf(line[name]) }],
  );
}

const money = (amount: number | undefined, currency: string) => (amount === undefined || Number.isNaN(amount) ? null : decimalAmount({ amount, currency }));

function cellOf(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

/**
 * A report as CSV (or NDJSON): the rows of its lists, a `section` column naming the list when the
 * report has several (salespeople, managers, regions). Totals outside the lists are left out.
 */
export function reportFile(format: 'csv' | 'ndjson', name: string, sections: Record<string, Row[]>, moneyFields: readonly string[]): StreamableFile {
  const money = new Set(moneyFields);
  const several = Object.keys(sections).length > 1;
  const rows = Object.entries(sections).flatMap(([section, lines]) => lines.map((line) => flatten(several ? { section, ...line } : line, money)));
  return exportResponse(format, `analytics-${name}`, single(rows), reportColumns(rows, money), (records) => Promise.resolve(records));
}

async function* single(rows: Row[]): AsyncGenerator<Row[]> {
  yield await Promise.resolve(rows);
}
