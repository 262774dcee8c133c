import { cpus, loadavg, totalmem } from 'node:os';

export interface CaseOutcome {
  id: string;
  title: string;
  /** Rows of the printed table: what was measured, its figure, the target and whether it is met. */
  rows: { measure: string; value: string; target?: string; met?: boolean }[];
  details?: unknown;
  error?: string;
  seconds: number;
}

export interface BenchReport {
  size: string;
  date: string;
  /** loadAverage: the 1-minute load when the run began — whether anything else was running. */
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverage: number };
  cases: CaseOutcome[];
}

export function machine(postgres: string): BenchReport['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'MISSED');

/** One case's lines of the results table. */
export function tableRows(outcome: CaseOutcome): string[] {
  const lines = outcome.error ? [`| ${outcome.id} ${outcome.title} | (failed) | ${outcome.error.replace(/\|/g, '/').split('\n')[0]} | | |`] : [];
  for (const row of outcome.rows) lines.push(`| ${outcome.id} ${outcome.title} | ${row.measure} | ${row.value} | ${row.target ?? ''} | ${mark(row.met)} |`);
  return lines;
}

export function table(report: BenchReport): string {
  return ['| case | measure | value | target | |', '|---|---|---|---|---|', ...report.cases.flatMap(tableRows)].join('\n');
}
