import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeTouchesCsv } from '../../test/generators/touches-csv.generator.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { runJsonChild } from '../support/json-child.js';
import { round } from '../support/stats.js';

export interface ImportFigures {
  rows: number;
  fileMb: number;
  import: { seconds: number; rowsPerSecond: number; eventsAppended: number; badRows: number; peakRssMb: number };
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

const childScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'import-child.js');

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

    const result = await runJsonChild<{ seconds: number; eventsAppended: number; badRows: number; maxRssKb: number }>(childScript, [database.url, file]);
    const importRate = rows / result.seconds;
    const copyRate = rows / copySeconds;
    return {
      rows,
      fileMb: round(statSync(file).size / 2 ** 20, 1),
      import: {
        seconds: round(result.seconds),
        rowsPerSecond: Math.round(importRate),
        eventsAppended: result.eventsAppended,
        badRows: result.badRows,
        peakRssMb: Math.round(result.maxRssKb / 1024),
      },
      copy: { seconds: round(copySeconds), rowsPerSecond: Math.round(copyRate) },
      importVsCopy: round(importRate / copyRate, 3),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  }
}
