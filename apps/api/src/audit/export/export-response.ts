import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { csvHeader, csvLine, type CsvColumn } from './csv.js';

/**
 * Streams every record, page after page, as NDJSON or CSV: an export of the whole log never
 * sits in memory. `pages` yields the pages in order.
 */
export function exportResponse<T>(
  format: 'ndjson' | 'csv',
  name: string,
  pages: AsyncIterable<T[]>,
  csvColumns: readonly CsvColumn<T>[],
  ndjsonRecord: (records: T[]) => Promise<unknown[]>,
): StreamableFile {
  async function* lines(): AsyncGenerator<string> {
    if (format === 'csv') yield csvHeader(csvColumns);
    for await (const page of pages) {
      if (format === 'csv') yield page.map((row) => csvLine(csvColumns, row)).join('');
      else yield (await ndjsonRecord(page)).map((record) => `${JSON.stringify(record)}\n`).join('');
    }
  }
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
  return new StreamableFile(Readable.from(lines()), { type, disposition: `attachment; filename="${name}.${format}"` });
}

/** Pages of `fetch` from `after` on, until a short page or `limit` records in all. */
export async function* pagesOf<T, C>(
  fetch: (after: C | undefined, limit: number) => Promise<T[]>,
  cursorOf: (record: T) => C,
  options: { after?: C; limit?: number; pageSize: number },
): AsyncGenerator<T[]> {
  let after = options.after;
  let remaining = options.limit ?? Infinity;
  while (remaining > 0) {
    const size = Math.min(options.pageSize, remaining);
    const page = await fetch(after, size);
    if (page.length > 0) yield page;
    if (page.length < size) return;
    remaining -= page.length;
    after = cursorOf(page[page.length - 1]);
  }
}
