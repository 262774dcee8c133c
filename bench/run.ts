import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appendCase, type AppendFigures } from './cases/append.case.js';
import { serverUrl } from './support/bench-database.js';
import { parseSize, sizeParameters } from './support/bench-size.js';
import { machine, table, type BenchReport, type CaseOutcome } from './support/report.js';
import { writeResultsMarkdown } from './support/results-markdown.js';

// dist/bench/run.js → bench/ in the source tree, where RESULTS.md and results.json are kept.
const benchFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench');

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

async function measure(id: string, title: string, run: () => Promise<Omit<CaseOutcome, 'id' | 'title' | 'seconds'>>): Promise<CaseOutcome> {
  const started = performance.now();
  process.stderr.write(`case ${id} ${title}…\n`);
  try {
    const outcome = { id, title, ...(await run()), seconds: Math.round((performance.now() - started) / 100) / 10 };
    process.stderr.write(`case ${id} done in ${outcome.seconds} s\n`);
    return outcome;
  } catch (error) {
    process.stderr.write(`case ${id} failed: ${(error as Error).stack}\n`);
    return { id, title, rows: [], error: (error as Error).message, seconds: Math.round((performance.now() - started) / 100) / 10 };
  }
}

function appendRows(figures: AppendFigures, target: boolean) {
  const { ours, peer, plain } = figures.eventsPerSecond;
  return {
    rows: [
      { measure: 'ours, events/s', value: String(ours) },
      { measure: 'peer (emmett-postgresql), events/s', value: String(peer) },
      { measure: 'plain INSERT, events/s', value: String(plain) },
      { measure: 'ours / peer', value: `${figures.oursVsPeer}x`, ...(target ? { target: '≥ 2x', met: figures.oursVsPeer >= 2 } : {}) },
      { measure: 'ours / plain INSERT', value: `${figures.oursVsPlain}x`, ...(target ? { target: '≥ 0.8x', met: figures.oursVsPlain >= 0.8 } : {}) },
    ],
    details: figures,
  };
}

async function main(): Promise<void> {
  const size = sizeParameters(parseSize(process.argv.slice(2)));
  const report: BenchReport = { size: size.size, date: new Date().toISOString(), machine: machine(await postgresVersion()), cases: [] };
  const only = process.env.BENCH_CASES?.split(',');
  const wanted = (id: string) => !only || only.includes(id);

  if (wanted('1')) report.cases.push(await measure('1', 'append, 1 event/append, 16 writers', async () => appendRows(await appendCase(size, 1), true)));
  if (wanted('2')) report.cases.push(await measure('2', 'append, 100 events/append, 16 writers', async () => appendRows(await appendCase(size, 100), false)));

  const printed = table(report);
  process.stdout.write(`\nbench (${size.size}), ${report.machine.cpus} cores, ${report.machine.memoryGb} GB, PostgreSQL ${report.machine.postgres}\n\n${printed}\n`);
  writeFileSync(join(benchFolder, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeResultsMarkdown(join(benchFolder, 'RESULTS.md'), report, printed);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
