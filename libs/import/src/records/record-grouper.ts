import type { CsvRow } from '../csv/csv-source.js';

/** Rows of the file that describe one thing together: an invoice and its lines. */
export type SourceRecord = { key: string | null; rows: CsvRow[] };

type OpenRecord = SourceRecord & { lastRow: number };

/**
 * Gathers rows sharing a key into one record while streaming. Exports keep an invoice's lines
 * together, nearly: Online Retail interrupts invoice 542806 with two lines of another. So a record
 * stays open until `gap` rows pass without one of its lines; memory holds at most `gap` records.
 */
export class RecordGrouper {
  private readonly open = new Map<string, OpenRecord>();
  private readonly closed = new Map<string, number>();
  private rowCount = 0;

  constructor(private readonly gap = 1_000) {}

  /**
   * Adds a row; returns the records that are now complete. A row whose key belongs to a record
   * already closed returns that record's first line instead, so it can be reported.
   */
  add(row: CsvRow, key: string | null): { complete: SourceRecord[]; closedAt?: number } {
    this.rowCount += 1;
    if (key === null) return { complete: [...this.closeOlderThan(this.rowCount), { key, rows: [row] }] };
    const closedAt = this.closed.get(key);
    if (closedAt !== undefined) return { complete: this.closeOlderThan(this.rowCount - this.gap), closedAt };
    const record = this.open.get(key);
    if (record) {
      this.open.delete(key);
      record.rows.push(row);
      record.lastRow = this.rowCount;
      this.open.set(key, record);
    } else {
      this.open.set(key, { key, rows: [row], lastRow: this.rowCount });
    }
    return { complete: this.closeOlderThan(this.rowCount - this.gap) };
  }

  /** Every record still open, at the end of the file. */
  flush(): SourceRecord[] {
    return this.closeOlderThan(Infinity);
  }

  // The map is ordered by last row seen (a record moves to the end when it grows), so the oldest come first.
  private closeOlderThan(row: number): SourceRecord[] {
    const complete: SourceRecord[] = [];
    for (const record of this.open.values()) {
      if (record.lastRow > row) break;
      this.open.delete(record.key!);
      this.closed.set(record.key!, record.rows[0]!.line);
      complete.push({ key: record.key, rows: record.rows });
    }
    return complete;
  }
}
