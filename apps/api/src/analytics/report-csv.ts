import type { StreamableFile } from '@nestjs/common';
import type { CsvColumn } from '../audit/export/csv.js';
import { exportFormatOf, type ExportFormat } from '../audit/export/export-format.js';
import { exportResponse } from '../audit/export/export-response.js';
import type { ReportMoney } from './money-totals.js';

type Row = Record<string, unknown>;

/** The OpenAPI description of a report route's answer (ExportableResponse). */
export const REPORT_FORMATS = 'The report, or (format=csv|ndjson, or Accept) its rows with amounts in decimals, a column per currency';

/**
 * Which fields of a report's rows are money (`ReportMoney`, or a list of them, one per currency).
 * Per report: `returns` is money in one and a count in another.
 */
type MoneyFields = ReadonlySet<string>;

/** A money field's decimal amounts per currency; a null margin is a blank in the row's currency. */
function moneyOf(row: Row, field: string): Record<string, string | null> {
  const value = row[field];
  // Absent: a row of another section (won deals have no weighted amount).
  if (value === undefined) return {};
  if (value === null) return typeof row.currency === 'string' ? { [row.currency]: null } : {};
  const amounts = (Array.isArray(value) ? value : [value]) as ReportMoney[];
  return Object.fromEntries(amounts.map((money) => [money.currency, money.amount]));
}

/**
 * Nested objects other than money (rfm, responses) become `rfm.recency`...; the `section` comes
 * first. A list other than money (external ids) is one cell: `online-retail:14646 shop:C-1`.
 */
function flatten(row: Row, moneyFields: MoneyFields, prefix = ''): Row {
  return Object.fromEntries(
    Object.entries(row).flatMap(([name, value]) => {
      if (value === null || typeof value !== 'object' || moneyFields.has(name)) return [[`${prefix}${name}`, value]];
      if (Array.isArray(value)) return [[`${prefix}${name}`, value.map((item: object) => Object.values(item).join(':')).join(' ')]];
      return Object.entries(flatten(value as Row, moneyFields, `${prefix}${name}.`));
    }),
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
      ? [...currencies].sort().map((currency) => ({ header: `${name} ${currency}`, value: (line) => moneyOf(line, name)[currency] ?? null }))
      : [{ header: name, value: (line) => cellOf(line[name]) }],
  );
}

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
  return exportResponse(format, name, single(rows), reportColumns(rows, money), (records) => Promise.resolve(records));
}

async function* single(rows: Row[]): AsyncGenerator<Row[]> {
  yield await Promise.resolve(rows);
}

/**
 * A report as JSON, or its rows as the file asked for (`format`, else Accept): the one way every
 * report route offers CSV and NDJSON. `file.name` names the download, `file.money` the money fields.
 */
export function reportAnswer<T>(
  query: { format?: ExportFormat },
  accept: string | undefined,
  file: { name: string; money: readonly string[] },
  report: T,
  rows: Record<string, object[]>,
): T | StreamableFile {
  const format = exportFormatOf(query.format, accept);
  return format === 'json' ? report : reportFile(format, file.name, rows as Record<string, Row[]>, file.money);
}
