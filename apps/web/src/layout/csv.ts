import { downloadText } from './download.js';

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rows a report shows, as the CSV file the user downloads. */
export function downloadCsv(fileName: string, header: string[], rows: unknown[][]): void {
  downloadText(fileName, [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n', 'text/csv');
}
