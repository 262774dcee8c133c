import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { parse, type CsvError } from 'csv-parse';
import { ImportFileError } from '../import.errors.js';

/** One record of the file: its values, and the line it starts on (the header is line 1). */
export type CsvRow = { line: number; values: string[] };
/** A record the parser could not read (a stray quote...): reported, then skipped. */
export type CsvProblem = { line: number; problem: string };

export interface CsvSource {
  header: string[];
  /** Records after the header, in file order; the file is streamed, never held whole. */
  rows: AsyncIterable<CsvRow | CsvProblem>;
  /** Bytes of the file (compressed, for .gz) read so far and in all: for progress. */
  bytesRead(): number;
  bytesTotal: number;
  close(): void;
}

function newlinesIn(values: string[]): number {
  let count = 0;
  for (const value of values) if (value.includes('\n')) count += value.split('\n').length - 1;
  return count;
}

/** Opens a CSV file, gunzipping it on the fly when its name ends in .gz, and reads its header. */
export async function openCsv(file: string): Promise<CsvSource> {
  const size = await stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new ImportFileError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code}`);
    },
  );
  const raw = createReadStream(file);
  let bytesRead = 0;
  raw.on('data', (chunk) => (bytesRead += chunk.length));
  const problems: CsvProblem[] = [];
  const parser = parse({
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) problems.push({ line: (error as CsvError & { lines: number }).lines, problem: `is not valid CSV (${error.code})` });
    },
  });
  const decompressed = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  decompressed.on('error', (error: Error) => parser.destroy(new ImportFileError(`cannot read ${file}: ${error.message}`)));
  decompressed.pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;

  const first = await records.next();
  if (first.done) throw new ImportFileError(`${file} is empty: line 1 must name the columns`);
  const header = first.value.record.map((column) => column.trim());

  async function* rows(): AsyncIterable<CsvRow | CsvProblem> {
    for (;;) {
      const next = await records.next();
      yield* problems.splice(0);
      if (next.done) return;
      const { record, info } = next.value;
      yield { line: info.lines - newlinesIn(record), values: record };
    }
  }
  return {
    header,
    rows: rows(),
    bytesRead: () => bytesRead,
    bytesTotal: size,
    close: () => {
      raw.destroy();
      parser.destroy();
    },
  };
}
