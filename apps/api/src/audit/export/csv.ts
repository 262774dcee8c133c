export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null };

// Quotes only where needed (RFC 4180); a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula
// (a negative decimal, an amount written exactly as text, runs nothing and stays as it is).
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' || /^-\d+(\.\d+)?$/.test(value) ? String(value) : /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return `${columns.map((column) => cell(column.header)).join(',')}\r\n`;
}

export function csvLine<T>(columns: readonly CsvColumn<T>[], row: T): string {
  return `${columns.map((column) => cell(column.value(row))).join(',')}\r\n`;
}
