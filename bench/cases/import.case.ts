import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresEventStore } from '#crm/event-store';
import { importTouches, type ImportMapping } from '#crm/import';
import { TOUCHES_CSV_MAPPING, writeTouchesCsv } from '../../test/generators/touches-csv.generator.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { progressLine } from '../support/progress-line.js';
import { round } from '../support/stats.js';

export interface ImportFigures {
  rows: number;
  fileMb: number;
  import: { seconds: number; rowsPerSecond: number; eventsAppended: number; badRows: number };
  copy: { seconds: number; rowsPerSecond: number };
  importVsCopy: number;
}

function psqlCopy(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy bench_touches from '${file}' with (format csv, header true)`], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql \\copy exited with ${code}`))));
  });
}

/** Case 3: the same generated CSV through importTouches (decided, enveloped, appended) and through a bare COPY. */
export async function importCase(rows: number): Promise<ImportFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const file = join(folder, 'touches.csv');
  const database = await createBenchDatabase('import');
  try {
    process.stderr.write(`writing ${rows.toLocaleString('en')} touches to a CSV file…\n`);
    await writeTouchesCsv(file, { rows, customers: Math.max(100, Math.round(rows / 25)), seed: 0xc5f });
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    await pool.query(`
      create table bench_touches (
        touch_id text primary key, customer_id text not null, type text not null, occurred_at timestamptz not null, channel text,
        sku text, description text, quantity int, unit_price numeric, direction text, duration_seconds int, outcome text, subject text, text text)`);
    const copyStarted = performance.now();
    await psqlCopy(database.url, file);
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const copied = Number((await pool.query<{ count: string }>('select count(*) from bench_touches')).rows[0].count);
    await pool.end();
    if (copied !== rows) throw new Error(`COPY loaded ${copied} rows of ${rows}`);

    const store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 10 });
    try {
      const started = performance.now();
      const progress = progressLine('import, rows');
      const summary = await importTouches({ store, file, mapping: TOUCHES_CSV_MAPPING as unknown as ImportMapping, onProgress: ({ rowsRead }) => progress(rowsRead, (performance.now() - started) / 1000) });
      const seconds = (performance.now() - started) / 1000;
      const importRate = rows / seconds;
      const copyRate = rows / copySeconds;
      return {
        rows,
        fileMb: round(statSync(file).size / 2 ** 20, 1),
        import: { seconds: round(seconds), rowsPerSecond: Math.round(importRate), eventsAppended: summary.eventsAppended, badRows: summary.badRows.length },
        copy: { seconds: round(copySeconds), rowsPerSecond: Math.round(copyRate) },
        importVsCopy: round(importRate / copyRate, 3),
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  }
}
